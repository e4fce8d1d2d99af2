// What only the facilitator has: the mode (they give the turns, or everyone takes their own) and handing the tracker
// over to someone else in the meeting.
import { Field, Select, Subtitle2, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Participant, TrackerMode } from '../../../server/domain/turns';
import type { TurnAction } from '../../api';
import { useT } from '../../i18n';
import { MoveFailure, useTurnMove } from './my-turn-controls';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
});

export type FacilitatorTurnControlsProps = {
  mode: TrackerMode;
  facilitatorId: string;
  participants: Participant[];
  onAct: (action: TurnAction) => Promise<unknown>;
};

export const FacilitatorTurnControls = ({ mode, facilitatorId, participants, onAct }: FacilitatorTurnControlsProps) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const { move, failure, isBusy } = useTurnMove(onAct);
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="turns-facilitator">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t('turns.facilitator.heading')}
      </Subtitle2>
      <Switch
        checked={mode === 'facilitator'}
        disabled={isBusy}
        label={t('turns.facilitator.modeSwitch')}
        onChange={(_, data) => void move({ action: 'mode', mode: data.checked ? 'facilitator' : 'self' })}
      />
      <Field label={t('turns.facilitator.handOver')}>
        <Select value={facilitatorId} disabled={isBusy} onChange={(_, data) => void move({ action: 'handOver', participantId: data.value })}>
          {participants.map((participant) => (
            <option key={participant.participantId} value={participant.participantId}>
              {participant.name}
            </option>
          ))}
        </Select>
      </Field>
      <MoveFailure error={failure} />
    </section>
  );
};
