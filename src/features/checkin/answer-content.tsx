// One answer's words and scale values, as the answers wall and "your answer" show them. Text is shown as text.
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Answer, AnswerShape } from '../../api';
import { useT } from '../../i18n';
import { scaleName, scalesOf, type LibraryMessages } from './library-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  scales: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}` },
  large: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

/** A scale's name for showing its values; a single unnamed scale is the answer itself. */
export const scaleLabel = (messages: LibraryMessages, shape: AnswerShape | undefined, id: string): string =>
  scaleName(messages, scalesOf(shape).find((scale) => scale.id === id), id);

export type AnswerContentProps = { answer: Answer; shape: AnswerShape | undefined; messages: LibraryMessages; isLarge?: boolean };

export const AnswerContent = ({ answer, shape, messages, isLarge = false }: AnswerContentProps) => {
  const t = useT();
  const styles = useStyles();
  const scales = Object.entries(answer.scales ?? {});
  return (
    <div className={styles.root}>
      {answer.text && <Text className={mergeClasses(styles.text, isLarge && styles.large)}>{answer.text}</Text>}
      {scales.length > 0 && (
        <ul className={styles.scales}>
          {scales.map(([name, value]) => (
            <li key={name}>
              <Text className={mergeClasses(isLarge && styles.large)}>{t('checkin.answer.scaleValue', { label: scaleLabel(messages, shape, name), value, max: 5 })}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
