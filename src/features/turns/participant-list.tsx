// Everyone in the tracker with their talk time and turns so far. For the facilitator each person is a button: select
// them to give them the turn, select the one speaking to end it.
import { Button, Caption1, Subtitle2, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { HandRight16Regular, Mic16Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import type { TurnsPerson } from '../../../server/domain/turns';
import type { TurnAction } from '../../api';
import { useT } from '../../i18n';
import { formatDuration } from './format-turns';
import { MoveFailure, useTurnMove } from './my-turn-controls';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, paddingBlock: tokens.spacingVerticalXXS },
  button: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', minWidth: 0 },
  speaking: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  marks: { display: 'flex', gap: tokens.spacingHorizontalXS, color: tokens.colorBrandForeground1, flexShrink: 0 },
});

export type ParticipantListProps = {
  people: TurnsPerson[];
  myId: string;
  /** Present for the facilitator only: each person becomes a button that gives (or ends) their turn. */
  onAct?: (action: TurnAction) => Promise<unknown>;
};

const PersonText = ({ person, isMe }: { person: TurnsPerson; isMe: boolean }) => {
  const t = useT();
  const styles = useStyles();
  return (
    <span className={styles.text}>
      <Text weight={person.isSpeaking ? 'semibold' : 'regular'} className={styles.name}>
        {isMe ? t('turns.people.you', { name: person.name }) : person.name}
      </Text>
      <Caption1 className={styles.muted}>{t('turns.people.figures', { duration: formatDuration(person.talkMs), count: person.turns })}</Caption1>
    </span>
  );
};

const Marks = ({ person }: { person: TurnsPerson }) => {
  const styles = useStyles();
  return (
    <span className={styles.marks} aria-hidden>
      {person.isSpeaking && <Mic16Filled />}
      {person.raisedAt && <HandRight16Regular />}
    </span>
  );
};

export const ParticipantList = ({ people, myId, onAct }: ParticipantListProps) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const { move, failure, isBusy } = useTurnMove(onAct ?? (async () => undefined));
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="turns-people">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t('turns.people.heading')}
      </Subtitle2>
      <ul className={styles.list}>
        {people.map((person) => (
          <li key={person.participantId} className={styles.row} data-testid="turns-person" data-speaking={person.isSpeaking}>
            {onAct ? (
              <Button
                appearance="subtle"
                className={mergeClasses(styles.button, person.isSpeaking && styles.speaking)}
                disabled={isBusy}
                aria-label={person.isSpeaking ? t('turns.people.end', { name: person.name }) : t('turns.people.give', { name: person.name })}
                onClick={() => void move({ action: 'tap', participantId: person.participantId })}
              >
                <PersonText person={person} isMe={person.participantId === myId} />
                <Marks person={person} />
              </Button>
            ) : (
              <>
                <PersonText person={person} isMe={person.participantId === myId} />
                <Marks person={person} />
              </>
            )}
          </li>
        ))}
      </ul>
      <MoveFailure error={failure} />
    </section>
  );
};
