// The turn tracker on the meeting stage, large enough to read across the room: who speaks, the balance gauge, the
// share of voice and who has not been heard yet. It watches the tracker without joining it.
import { Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { MeetingView } from '../../api';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { BalanceGauge } from './balance-gauge';
import { NotHeard } from './not-heard';
import { SpeakerNow } from './speaker-now';
import { useTurns } from './use-turns';
import { VoiceBars } from './voice-bars';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
  heading: { margin: 0 },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalXXXL },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
});

export const TurnsStage = ({ meeting }: { meeting: MeetingView }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const turns = useTurns(meeting.eventId, { isJoining: false });

  const body = (() => {
    if (turns.status === 'error') return <ErrorState error={turns.error} title={t('turns.errorTitle')} notFound="turns.notTeamsMeeting" onRetry={turns.retry} />;
    if (turns.status === 'loading') return <LoadingState label={t('turns.loading')} size="large" />;
    const { summary } = turns;
    return (
      <div className={styles.columns}>
        <div className={styles.column}>
          <SpeakerNow current={summary.current} size="large" />
          <BalanceGauge summary={summary} size="large" />
          <NotHeard notHeard={summary.notHeard} size="large" />
        </div>
        <div className={styles.column}>
          <VoiceBars people={summary.people} size="large" />
        </div>
      </div>
    );
  })();

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="turns-stage">
      <Title2 as="h2" id={headingId} className={styles.heading}>
        {t('turns.heading')}
      </Title2>
      {body}
    </section>
  );
};
