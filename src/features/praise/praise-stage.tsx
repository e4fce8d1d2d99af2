// Praise on the meeting stage, under the check-in: the meeting's public praise wall, large enough to read across the
// room, live; a badge while the facilitator holds the praise round open.
import { Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { MeetingView } from '../../api';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { LiveStatus, PraiseRoundBadge } from './praise-round';
import { PraiseWall } from './praise-wall';
import { useMeetingPraise } from './use-meeting-praise';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0 },
});

export const PraiseStage = ({ meeting }: { meeting: MeetingView }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const praise = useMeetingPraise(meeting.eventId, { isLive: true });

  const body = (() => {
    if (praise.status === 'error') return <ErrorState error={praise.error} title={t('praise.errorTitle')} notFound="praise.notTeamsMeeting" onRetry={praise.retry} />;
    if (praise.status === 'loading') return <LoadingState label={t('praise.loading')} size="large" />;
    return <PraiseWall praise={praise.view.praise} size="large" />;
  })();

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="praise-stage">
      <div className={styles.header}>
        <Title2 as="h2" id={headingId} className={styles.heading}>
          {t('praise.heading')}
        </Title2>
        {praise.status === 'ready' && <PraiseRoundBadge isOpen={praise.view.round.isOpen} size="large" />}
        <LiveStatus stream={praise.status === 'ready' ? praise.stream : 'off'} />
      </div>
      {body}
    </section>
  );
};
