// Everyone's answers as they come in: named ones with the person's name; anonymous ones hidden, only counted, until the
// facilitator reveals them (which needs at least 3 answers). Compact in the side panel, large on the stage.
import { Avatar, Subtitle2, Text, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { EyeOff24Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { AnswerShape, CheckinView } from '../../api';
import { useT } from '../../i18n';
import { AnswerContent } from './answer-content';
import type { LibraryMessages } from './library-text';

export const MIN_ANSWERS_TO_REVEAL = 3;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  large: { gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: tokens.spacingHorizontalL },
  // A plain bordered box rather than Fluent's Card: the answers are not interactive, and Card's focus machinery
  // would cost the side panel's bundle budget.
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    height: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  largeCard: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, gap: tokens.spacingVerticalS },
  author: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
  hidden: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground2 },
});

export type AnswersWallProps = { view: CheckinView; shape: AnswerShape | undefined; messages: LibraryMessages; size: 'compact' | 'large' };

export const AnswersWall = ({ view, shape, messages, size }: AnswersWallProps) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const isLarge = size === 'large';
  const isHidden = view.choice?.anonymous === true && !view.round.revealed;
  const Heading = isLarge ? Title3 : Subtitle2;

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="answers-wall">
      <Heading as="h3" id={headingId} className={styles.heading}>
        {t('checkin.wall.heading', { count: view.answerCount })}
      </Heading>
      {isHidden ? (
        <div className={styles.hidden} data-testid="answers-hidden">
          <EyeOff24Regular aria-hidden />
          <Text size={isLarge ? 500 : 300} aria-live="polite">
            {t('checkin.wall.hidden', { count: view.answerCount, min: MIN_ANSWERS_TO_REVEAL })}
          </Text>
        </div>
      ) : view.answers.length === 0 ? (
        <Text className={styles.muted} size={isLarge ? 500 : 300} data-testid="answers-empty">
          {t('checkin.wall.empty')}
        </Text>
      ) : (
        <ul className={mergeClasses(styles.list, isLarge && styles.large)} aria-labelledby={headingId}>
          {view.answers.map((answer) => (
            <li key={answer.author?.id ?? answer.submissionId} data-testid="answer">
              <div className={mergeClasses(styles.card, isLarge && styles.largeCard)}>
                <div className={styles.author}>
                  <Avatar
                    size={isLarge ? 40 : 24}
                    name={answer.author?.name}
                    color={answer.author ? 'colorful' : 'neutral'}
                    aria-hidden
                  />
                  <Text weight="semibold" size={isLarge ? 500 : 300} className={styles.name} data-testid="answer-author">
                    {answer.author?.name ?? t('checkin.wall.anonymous')}
                  </Text>
                </div>
                <AnswerContent answer={answer} shape={shape} messages={messages} isLarge={isLarge} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
