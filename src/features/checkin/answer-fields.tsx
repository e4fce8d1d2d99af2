// The inputs for one answer, by the question's shape: a word, words (≤ 1000), one short text per part (rose, bud,
// thorn…), or 1–5 scales whose ends are named so everyone reads the numbers the same way.
import { Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { AnswerShape } from '../../api';
import { useT } from '../../i18n';
import type { PartTexts } from './answer-parts';
import { partLabels, scaleName, scalesOf, textOf, type LibraryMessages } from './library-text';

export type AnswerDraft = { text: string; scales: Record<string, number>; parts: PartTexts };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  scale: { display: 'flex', flexWrap: 'wrap' },
});

/** A part's input leaves room for its label on the stored line, so the whole answer stays within the server's limit. */
export const partMaxLength = (shape: Extract<AnswerShape, { type: 'parts' }>, lineLabel: string): number => Math.max(1, shape.maxLength - lineLabel.length - 2);

export type AnswerFieldsProps = { shape: AnswerShape; messages: LibraryMessages; question: string; draft: AnswerDraft; onChange: (draft: AnswerDraft) => void };

export const AnswerFields = ({ shape, messages, question, draft, onChange }: AnswerFieldsProps) => {
  const t = useT();
  const styles = useStyles();
  const counter = (max: number) => t('checkin.editor.counter', { count: draft.text.trim().length, max });
  switch (shape.type) {
    case 'scale':
    case 'scales':
      return (
        <div className={styles.root}>
          {scalesOf(shape).map((scale) => (
            <Field
              key={scale.id}
              label={scaleName(messages, scale, t('checkin.answer.label'))}
              hint={t('checkin.answer.scaleHint', { min: scale.min, max: scale.max, low: textOf(messages, scale.lowKey, ''), high: textOf(messages, scale.highKey, '') })}
            >
              <RadioGroup
                layout="horizontal-stacked"
                className={styles.scale}
                value={draft.scales[scale.id]?.toString() ?? ''}
                onChange={(_, data) => onChange({ ...draft, scales: { ...draft.scales, [scale.id]: Number(data.value) } })}
                data-testid={`checkin-scale-${scale.id}`}
              >
                {Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index).map((value) => (
                  <Radio key={value} value={value.toString()} label={value.toString()} />
                ))}
              </RadioGroup>
            </Field>
          ))}
        </div>
      );
    case 'parts':
      return (
        <div className={styles.root}>
          {shape.parts.map((part) => {
            const labels = partLabels(messages, part);
            return (
              <Field key={part.id} label={labels.field}>
                <Input
                  value={draft.parts[part.id] ?? ''}
                  maxLength={partMaxLength(shape, labels.line)}
                  onChange={(_, data) => onChange({ ...draft, parts: { ...draft.parts, [part.id]: data.value } })}
                  data-testid={`checkin-answer-${part.id}`}
                />
              </Field>
            );
          })}
        </div>
      );
    case 'word':
      return (
        <Field label={t('checkin.answer.label')} hint={`${t('checkin.answer.wordHint')} ${counter(shape.maxLength)}`}>
          <Input value={draft.text} maxLength={shape.maxLength} onChange={(_, data) => onChange({ ...draft, text: data.value })} data-testid="checkin-answer-text" />
        </Field>
      );
    default:
      return (
        <Field label={t('checkin.answer.label')} hint={counter(shape.maxLength)}>
          <Textarea
            value={draft.text}
            maxLength={shape.maxLength}
            onChange={(_, data) => onChange({ ...draft, text: data.value })}
            resize="vertical"
            rows={3}
            aria-description={question}
            data-testid="checkin-answer-text"
          />
        </Field>
      );
  }
};
