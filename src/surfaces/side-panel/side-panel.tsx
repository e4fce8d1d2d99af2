// The meeting side panel (frameContext sidePanel): the meeting header, the check-in round (then the agenda), and
// sharing the check-in wall to the meeting stage.
import { CheckinRound } from '../../features/checkin/checkin-round';
import { HostMeeting } from '../../features/meeting/host-meeting';
import { ShareToStageButton } from '../../features/meeting/share-to-stage-button';
import { TurnTracker } from '../../features/turns/turn-tracker';
import { useHostContext } from '../shared/host-context-provider';

export const SidePanel = () => {
  const { userId } = useHostContext();
  return (
    <HostMeeting size="compact">
      {(meeting) => (
        <>
          <CheckinRound meeting={meeting} userId={userId} />
          <TurnTracker meeting={meeting} />
          <ShareToStageButton />
        </>
      )}
    </HostMeeting>
  );
};
