// Giving praise in the side panel: whom (a person, shown with how they like to be praised, or the whole group), for
// which value, a short message, public or private. Sending goes through the praise sender: one id per praise, kept
// and retried until the server answers, so a praise is recorded once even over a flaky connection.
import { Button, Field, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { Send20Regular } from '@fluentui/react-icons';
import { useState, type FormEvent, type Ref } from 'react';
import type { PraisePerson, PraiseRecipientChoice, PraiseValue, PraiseView } from '../../api';
import { useT } from '../../i18n';
import { MAX_PRAISE_LENGTH, countCharacters, draftProblems, personOf, preferenceHint, submissionOf, visibilityOf, type DraftProblem, type PraiseDraft } from './praise-draft';
import { PraiseOutcome, type Outcome } from './praise-outcome';
import { createPraiseSender } from './praise-sender';
import { preferenceKey } from './praise-text';
import type { PraiseMoves } from './use-meeting-praise';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // A native select is as wide as its longest option ("Name (prefers private)"): in a narrow panel it must not be.
  select: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

const TEAM = 'team';

const recipientValue = (recipient: PraiseRecipientChoice | null): string => (recipient === null ? '' : recipient.kind === 'team' ? TEAM : recipient.userId);

const hintKeys = { willBePrivate: 'praise.hint.willBePrivate', prefersPublic: 'praise.hint.prefersPublic' } as const;

const problemKeys = { noRecipient: 'praise.form.noRecipient', noValue: 'praise.form.noValue', emptyMessage: 'praise.form.emptyMessage', longMessage: 'praise.form.longMessage' } as const;

export type PraiseFormProps = {
  /** The people one can praise (oneself left out). */
  people: readonly PraisePerson[];
  values: readonly PraiseValue[];
  draft: PraiseDraft;
  onDraft: (draft: PraiseDraft) => void;
  give: PraiseMoves['give'];
  /** The public wall, live: the praise just sent shows its delivery to the meeting chat from there. */
  wall: readonly PraiseView[];
  /** The message box, for the praise round's "praise them" to move focus to. */
  messageRef?: Ref<HTMLTextAreaElement>;
};

export const PraiseForm = ({ people, values, draft, onDraft, give, wall, messageRef }: PraiseFormProps) => {
  const t = useT();
  const styles = useStyles();
  const [phase, setPhase] = useState<'idle' | 'sending' | 'retrying'>('idle');
  const [sender] = useState(() => createPraiseSender());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const problems = draftProblems(draft, values);
  // An over-long message is said at once; what is missing only once the person tries to send.
  const problemOf = (problem: DraftProblem): string | undefined =>
    problems.includes(problem) && (showProblems || problem === 'longMessage') ? t(problemKeys[problem], { max: MAX_PRAISE_LENGTH }) : undefined;
  const isBusy = phase !== 'idle';
  const hint = preferenceHint(draft, people);
  const hintName = personOf(draft, people)?.displayName ?? '';
  const isTeam = draft.recipient?.kind === 'team';

  const send = async () => {
    if (isBusy) return;
    if (problems.length > 0) return setShowProblems(true);
    const submission = submissionOf(draft);
    setPhase('sending');
    setOutcome(null);
    try {
      const sent = await sender.send(submission, { put: give, onRetrying: () => setPhase('retrying') });
      setOutcome({ kind: 'sent', sent });
      setShowProblems(false);
      // Keep the words when the praise recorded was an earlier attempt's: the person decides what to do with them.
      if (!sent.isEarlierAttempt) onDraft({ ...draft, recipient: null, valueId: null, message: '' });
    } catch (error) {
      setOutcome({ kind: 'failed', error, isUnanswered: sender.pendingId !== null });
    } finally {
      setPhase('idle');
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const onRecipient = (value: string) => {
    const recipient: PraiseRecipientChoice | null = value === TEAM ? { kind: 'team' } : value ? { kind: 'person', userId: value } : null;
    onDraft({ ...draft, recipient });
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-label={t('praise.form.label')} noValidate data-testid="praise-form">
      <Field label={t('praise.form.recipient')} validationMessage={problemOf('noRecipient')} required>
        <Select
          value={recipientValue(draft.recipient)}
          onChange={(_, data) => onRecipient(data.value)}
          select={{ className: styles.select }}
          data-testid="praise-recipient-select"
        >
          <option value="" disabled>
            {t('praise.form.recipientPlaceholder')}
          </option>
          <option value={TEAM}>{t('praise.form.team')}</option>
          {people.map((person) => (
            <option key={person.userId} value={person.userId}>
              {t('praise.form.personOption', { name: person.displayName, preference: t(preferenceKey(person.preference)) })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('praise.form.value')} validationMessage={problemOf('noValue')} required>
        <Select
          value={draft.valueId ?? ''}
          onChange={(_, data) => onDraft({ ...draft, valueId: data.value || null })}
          select={{ className: styles.select }}
          data-testid="praise-value-select"
        >
          <option value="" disabled>
            {t('praise.form.valuePlaceholder')}
          </option>
          {values.map((value) => (
            <option key={value.id} value={value.id}>
              {value.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('praise.form.message')}
        hint={t('praise.form.counter', { count: countCharacters(draft.message.trim()), max: MAX_PRAISE_LENGTH })}
        validationMessage={problemOf('emptyMessage') ?? problemOf('longMessage')}
        required
      >
        <Textarea ref={messageRef} value={draft.message} onChange={(_, data) => onDraft({ ...draft, message: data.value })} resize="vertical" rows={3} data-testid="praise-message-input" />
      </Field>
      <Field label={t('praise.form.visibility')} hint={isTeam ? t('praise.form.teamPublic') : hint ? t(hintKeys[hint], { name: hintName }) : undefined}>
        <RadioGroup value={visibilityOf(draft)} onChange={(_, data) => onDraft({ ...draft, visibility: data.value === 'private' ? 'private' : 'public' })} disabled={isTeam}>
          <Radio value="public" label={t('praise.form.public')} />
          <Radio value="private" label={t('praise.form.private')} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<Send20Regular />} disabledFocusable={isBusy}>
          {isBusy ? t('praise.form.sending') : t('praise.form.send')}
        </Button>
      </div>
      <PraiseOutcome
        outcome={outcome}
        isRetrying={phase === 'retrying'}
        wall={wall}
        onTryAgain={() => void send()}
        onDiscard={() => {
          sender.discard();
          setOutcome(null);
        }}
      />
    </form>
  );
};
