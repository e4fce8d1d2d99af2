// The round at a glance: waiting, open or closed; named or anonymous; who runs it; whether the panel is live.
import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckinView, MeetingView, StreamStatus } from '../../api';
import { useT, type MessageKey } from '../../i18n';
import { facilitatorName } from './facilitators';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const stateMessages: Record<CheckinView['round']['state'], MessageKey> = {
  waiting: 'checkin.state.waiting',
  open: 'checkin.state.open',
  closed: 'checkin.state.closed',
};

export const RoundStatus = ({ meeting, view, stream }: { meeting: MeetingView; view: CheckinView; stream: StreamStatus | 'off' }) => {
  const t = useT();
  const styles = useStyles();
  const { round } = view;
  const runner = round.isFacilitator ? null : facilitatorName(meeting, view);
  return (
    <div className={styles.root} data-testid="round-status">
      <Badge appearance={round.state === 'open' ? 'filled' : 'tint'} color={round.state === 'open' ? 'success' : 'informative'} data-testid="round-state">
        {t(stateMessages[round.state])}
      </Badge>
      {view.choice?.anonymous && (
        <Badge appearance="tint" color="informative">
          {t('checkin.summary.anonymous')}
        </Badge>
      )}
      <Caption1 className={styles.muted}>{round.isFacilitator ? t('checkin.facilitator.you') : runner ? t('checkin.facilitator.runBy', { name: runner }) : null}</Caption1>
      <span aria-live="polite">
        {stream === 'reconnecting' && <Caption1 className={styles.muted}>{t('checkin.live.reconnecting')}</Caption1>}
        {stream === 'stopped' && <Caption1 className={styles.muted}>{t('checkin.live.stopped')}</Caption1>}
      </span>
    </div>
  );
};
