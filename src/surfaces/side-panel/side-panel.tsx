// The meeting side panel (frameContext sidePanel): the meeting header, the check-in round (then the agenda), the turn
// tracker, praise, and sharing to the meeting stage. The check-in opens the meeting, so it loads first; the turn tracker
// and praise load as chunks of their own, keeping the panel's first download within its budget (bench/bundle-size.ts).
import { Suspense, lazy } from 'react';
import { CheckinRound } from '../../features/checkin/checkin-round';
import { HostMeeting } from '../../features/meeting/host-meeting';
import { ShareToStageButton } from '../../features/meeting/share-to-stage-button';
import { useT } from '../../i18n';
import { LoadingState } from '../../ui/loading-state';
import { useHostContext } from '../shared/host-context-provider';

const TurnTracker = lazy(() => import('../../features/turns/turn-tracker').then((module) => ({ default: module.TurnTracker })));
const PraisePanel = lazy(() => import('../../features/praise/praise-panel').then((module) => ({ default: module.PraisePanel })));

export const SidePanel = () => {
  const t = useT();
  const { userId } = useHostContext();
  return (
    <HostMeeting size="compact">
      {(meeting) => (
        <>
          <CheckinRound meeting={meeting} userId={userId} />
          <Suspense fallback={<LoadingState label={t('turns.loading')} size="small" />}>
            <TurnTracker meeting={meeting} />
          </Suspense>
          <Suspense fallback={<LoadingState label={t('praise.loading')} size="small" />}>
            <PraisePanel meeting={meeting} userId={userId} />
          </Suspense>
          <ShareToStageButton />
        </>
      )}
    </HostMeeting>
  );
};
