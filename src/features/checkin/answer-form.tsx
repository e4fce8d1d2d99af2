// This person's answer to the check-in: the form while the round is open (answer, then edit until it closes), what
// they answered, or why they cannot answer yet.
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Edit16Regular, Send20Regular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { isApiError, type Answer, type AnswerShape, type CheckinView } from '../../api';
import { useT } from '../../i18n';
import { describeError } from '../../ui/describe-error';
import { AnswerContent } from './answer-content';
import { AnswerFields, type AnswerDraft } from './answer-fields';
import { joinParts, splitParts } from './answer-parts';
import { partLabels, scalesOf, type LibraryMessages } from './library-text';
import { createSubmissions, type AnswerBody } from './submission';
import type { CheckinMoves } from './use-checkin';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  mine: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

const lineLabelsOf = (shape: AnswerShape, messages: LibraryMessages): Record<string, string> =>
  shape.type === 'parts' ? Object.fromEntries(shape.parts.map((part) => [part.id, partLabels(messages, part).line])) : {};

const draftOf = (shape: AnswerShape, answer: Answer | null, messages: LibraryMessages): AnswerDraft => ({
  text: shape.type === 'parts' ? '' : (answer?.text ?? ''),
  scales: answer?.scales ?? {},
  parts: shape.type === 'parts' ? splitParts(answer?.text ?? '', shape.parts, lineLabelsOf(shape, messages)) : {},
});

/** The body to send, or null while the answer is incomplete. */
const bodyOf = (shape: AnswerShape, draft: AnswerDraft, messages: LibraryMessages): AnswerBody | null => {
  switch (shape.type) {
    case 'scale':
    case 'scales':
      return scalesOf(shape).every((scale) => draft.scales[scale.id] !== undefined) ? { scales: draft.scales } : null;
    case 'parts': {
      const text = joinParts(shape.parts, draft.parts, lineLabelsOf(shape, messages));
      return text ? { text } : null;
    }
    default: {
      const text = draft.text.trim();
      return text ? { text } : null;
    }
  }
};

export type AnswerFormProps = { view: CheckinView; shape: AnswerShape; messages: LibraryMessages; onAnswer: CheckinMoves['answer'] };

export const AnswerForm = ({ view, shape, messages, onAnswer }: AnswerFormProps) => {
  const t = useT();
  const styles = useStyles();
  const [submissions] = useState(createSubmissions);
  const mine = view.myAnswer;
  const isOpen = view.round.state === 'open';
  const [isEditing, setIsEditing] = useState(false);
  const [draft, setDraft] = useState<AnswerDraft>(() => draftOf(shape, mine, messages));
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const body = bodyOf(shape, draft, messages);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body || isSending) return;
    setIsSending(true);
    setError(null);
    try {
      await onAnswer(submissions.next(body));
      submissions.settle();
      setIsEditing(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setIsSending(false);
    }
  };

  if (mine && !(isOpen && isEditing)) {
    return (
      <div className={styles.mine} data-testid="my-answer">
        <Text weight="semibold">{view.choice?.anonymous ? t('checkin.answer.yoursAnonymous') : t('checkin.answer.yours')}</Text>
        <AnswerContent answer={mine} shape={shape} messages={messages} />
        {isOpen && (
          <div className={styles.actions}>
            <Button
              appearance="secondary"
              icon={<Edit16Regular />}
              onClick={() => {
                setDraft(draftOf(shape, mine, messages));
                setIsEditing(true);
              }}
            >
              {t('checkin.answer.edit')}
            </Button>
          </div>
        )}
      </div>
    );
  }
  if (!isOpen) {
    return (
      <Text as="p" block className={styles.muted} data-testid="answer-unavailable">
        {view.round.state === 'waiting' ? t('checkin.answer.waiting') : t('checkin.answer.closed')}
      </Text>
    );
  }
  const errorMessage = isApiError(error) && error.code === 'conflict' ? t('checkin.answer.notOpen') : error ? t(describeError(error).message) : null;
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-label={t('checkin.answer.formLabel')} data-testid="answer-form">
      <AnswerFields shape={shape} messages={messages} question={view.choice?.question ?? ''} draft={draft} onChange={setDraft} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<Send20Regular />} disabledFocusable={!body || isSending}>
          {isSending ? t('checkin.answer.sending') : mine ? t('checkin.answer.update') : t('checkin.answer.send')}
        </Button>
        {mine && (
          <Button appearance="subtle" onClick={() => setIsEditing(false)}>
            {t('checkin.answer.cancel')}
          </Button>
        )}
      </div>
      {errorMessage && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{errorMessage}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
};
