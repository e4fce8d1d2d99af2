// The fair speaking queue: raised hands, least talk time so far first, then who raised first (the server's order, the
// same rules). The facilitator can give the turn from here or lower a hand.
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { QueuedHand } from '../../../server/domain/turns';
import type { TurnAction } from '../../api';
import { useT } from '../../i18n';
import { formatDuration } from './format-turns';
import { MoveFailure, useTurnMove } from './my-turn-controls';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export type FairQueueProps = { queue: QueuedHand[]; onAct?: (action: TurnAction) => Promise<unknown> };

export const FairQueue = ({ queue, onAct }: FairQueueProps) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const { move, failure, isBusy } = useTurnMove(onAct ?? (async () => undefined));
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="turns-queue">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t('turns.queue.heading')}
      </Subtitle2>
      {queue.length === 0 ? (
        <Text className={styles.muted}>{t('turns.queue.empty')}</Text>
      ) : (
        <>
          <Caption1 className={styles.muted}>{t('turns.queue.hint')}</Caption1>
          <ol className={styles.list}>
            {queue.map((hand) => (
              <li key={hand.participantId} className={styles.item} data-testid="turns-queue-entry">
                <Text weight="semibold" className={styles.name}>
                  {hand.name}
                </Text>
                <Caption1 className={styles.muted}>{t('turns.queue.talked', { duration: formatDuration(hand.talkMs) })}</Caption1>
                {onAct && (
                  <span className={styles.actions}>
                    <Button size="small" appearance="primary" disabled={isBusy} onClick={() => void move({ action: 'tap', participantId: hand.participantId })}>
                      {t('turns.queue.give', { name: hand.name })}
                    </Button>
                    <Button size="small" disabled={isBusy} onClick={() => void move({ action: 'lower', participantId: hand.participantId })}>
                      {t('turns.queue.lower', { name: hand.name })}
                    </Button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      <MoveFailure error={failure} />
    </section>
  );
};
