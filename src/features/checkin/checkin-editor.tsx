// The organizer's check-in editor in the details tab: the question (library or their own), named or anonymous, this
// occurrence or the whole series; Save writes it into the invite, Remove takes it out; the preview shows the result.
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { Delete20Regular, Save20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { CheckinLibrary, CheckinView } from '../../api';
import { useT } from '../../i18n';
import { describeError } from '../../ui/describe-error';
import { groupPrompts } from './checkin-kinds';
import { choiceFrom, choiceOf, draftFrom, draftProblem, draftQuestion, isDraftRotating, type CheckinDraft } from './checkin-draft';
import { InvitePreview } from './invite-preview';
import { InviteStatus } from './invite-status';
import { PromptPicker } from './prompt-picker';
import type { CheckinMoves } from './use-checkin';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Outcome = { kind: 'removed' } | { kind: 'failed'; error: unknown } | null;

export type CheckinEditorProps = {
  view: CheckinView;
  moves: Pick<CheckinMoves, 'saveChoice' | 'removeChoice'>;
  library: CheckinLibrary;
  isRecurring: boolean;
};

export const CheckinEditor = ({ view, moves, library, isRecurring }: CheckinEditorProps) => {
  const t = useT();
  const styles = useStyles();
  const groups = useMemo(() => groupPrompts(library), [library]);
  const [draft, setDraft] = useState<CheckinDraft>(() => draftFrom(view.choice, groups));
  const [busy, setBusy] = useState<'saving' | 'retrying' | 'removing' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const problem = draftProblem(draft);

  const run = async (kind: NonNullable<typeof busy>, move: () => Promise<unknown>, done: Outcome = null) => {
    setBusy(kind);
    setOutcome(null);
    try {
      await move();
      setOutcome(done);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(null);
    }
  };
  const save = () => run('saving', () => moves.saveChoice(choiceFrom(draft, isRecurring)));
  const saved = view.choice;
  const retry = saved ? () => run('retrying', () => moves.saveChoice(choiceOf(saved))) : undefined;
  const remove = () => run('removing', () => moves.removeChoice(), { kind: 'removed' });

  return (
    <div className={styles.layout}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (!problem && !busy) void save();
        }}
        aria-label={t('checkin.editor.formLabel')}
        data-testid="checkin-editor"
      >
        <PromptPicker groups={groups} messages={library.messages} draft={draft} problem={problem} onChange={setDraft} />
        <Switch
          checked={draft.anonymous}
          onChange={(_, data) => setDraft({ ...draft, anonymous: data.checked })}
          label={t('checkin.editor.anonymous')}
          data-testid="checkin-anonymous"
        />
        {isRecurring && (
          <Field label={t('checkin.editor.scope')}>
            <RadioGroup value={draft.scope} onChange={(_, data) => setDraft({ ...draft, scope: data.value === 'series' ? 'series' : 'occurrence' })}>
              <Radio value="occurrence" label={t('checkin.editor.scopeOccurrence')} />
              <Radio value="series" label={t('checkin.editor.scopeSeries')} />
            </RadioGroup>
          </Field>
        )}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<Save20Regular />} disabledFocusable={problem !== null || busy !== null}>
            {busy === 'saving' ? t('checkin.editor.saving') : t('checkin.editor.save')}
          </Button>
          {saved && (
            <Button appearance="secondary" icon={<Delete20Regular />} onClick={() => void remove()} disabled={busy !== null}>
              {busy === 'removing' ? t('checkin.editor.removing') : t('checkin.editor.remove')}
            </Button>
          )}
        </div>
        <div className={styles.status} aria-live="polite">
          {outcome?.kind === 'failed' && (
            <MessageBar intent="error" layout="multiline" data-testid="checkin-save-error">
              <MessageBarBody>{t(describeError(outcome.error).message)}</MessageBarBody>
            </MessageBar>
          )}
          {outcome?.kind === 'removed' && (
            <MessageBar intent="info" data-testid="checkin-removed">
              <MessageBarBody>{t('checkin.editor.removed')}</MessageBarBody>
            </MessageBar>
          )}
          {saved && busy !== 'saving' && <InviteStatus invite={view.invite} isRetrying={busy === 'retrying'} onRetry={retry && (() => void retry())} />}
        </div>
      </form>
      <InvitePreview question={draftQuestion(draft, library.prompts)} isAnonymous={draft.anonymous} isRotating={isDraftRotating(draft)} agenda={view.agenda} />
    </div>
  );
};
