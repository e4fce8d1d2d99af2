// The Outlook pane's editor: the question (library or own), named or anonymous, for what Outlook has open (one
// meeting or the whole series); Add check-in writes the block into the invite and registers it, Remove check-in
// takes it out; the preview shows the invite as it will read.
import { Button, Caption1, MessageBar, MessageBarBody, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { extractAgenda } from '../../../server/domain/agenda';
import { useApi, type CheckinLibrary } from '../../api';
import { groupPrompts } from '../../features/checkin/checkin-kinds';
import { choiceFrom, draftProblem, draftQuestion, isDraftRotating, type CheckinDraft } from '../../features/checkin/checkin-draft';
import { InvitePreview } from '../../features/checkin/invite-preview';
import { PromptPicker } from '../../features/checkin/prompt-picker';
import type { Appointment, AppointmentKind } from '../../host/office';
import { useT } from '../../i18n';
import { draftFromBlock } from './block-draft';
import { addCheckin, registerCheckin, removeCheckin, type BodyState, type CommandDeps } from './checkin-command';
import { CommandStatus, type CommandOutcome } from './command-status';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  scope: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export type OutlookCheckinEditorProps = { appointment: Appointment; library: CheckinLibrary; kind: AppointmentKind; initialBody: BodyState };

export const OutlookCheckinEditor = ({ appointment, library, kind, initialBody }: OutlookCheckinEditorProps) => {
  const t = useT();
  const styles = useStyles();
  const api = useApi();
  const deps: CommandDeps = useMemo(() => ({ appointment, api }), [appointment, api]);
  const groups = useMemo(() => groupPrompts(library), [library]);
  const [body, setBody] = useState(initialBody);
  const [draft, setDraft] = useState<CheckinDraft>(() => draftFromBlock(initialBody.block, groups, library.prompts, kind));
  const [busy, setBusy] = useState<'adding' | 'removing' | 'registering' | null>(null);
  const [outcome, setOutcome] = useState<CommandOutcome | null>(null);
  const problem = draftProblem(draft);
  const agenda = useMemo(() => extractAgenda(body.body).items, [body]);

  const run = async (kind: NonNullable<typeof busy>, action: () => Promise<CommandOutcome>) => {
    setBusy(kind);
    try {
      const next = await action();
      setOutcome(next);
      if (next.kind !== 'failed') setBody(next.outcome.body);
    } finally {
      setBusy(null);
    }
  };
  const failed = (error: unknown): CommandOutcome => ({ kind: 'failed', error });
  const add = () => {
    const choice = choiceFrom(draft, kind === 'series');
    return run('adding', () => addCheckin(deps, choice).then((result) => ({ kind: 'added', outcome: result, choice }) as const, failed));
  };
  const remove = () => run('removing', () => removeCheckin(deps).then((result) => ({ kind: 'removed', outcome: result }) as const, failed));
  const retryRegistration =
    outcome?.kind === 'added' && outcome.outcome.registration.status === 'failed'
      ? () => {
          const { choice, outcome: added } = outcome;
          void run('registering', async () => ({ kind: 'added', choice, outcome: { ...added, registration: await registerCheckin(deps, choice) } }));
        }
      : undefined;

  return (
    <>
      <form
        className={styles.form}
        aria-label={t('outlook.formLabel')}
        data-testid="outlook-checkin-editor"
        onSubmit={(event) => {
          event.preventDefault();
          if (!problem && !busy) void add();
        }}
      >
        {body.block && (
          <MessageBar intent="info" layout="multiline" data-testid="outlook-current-checkin">
            <MessageBarBody>{body.block.question ? t('outlook.current', { question: body.block.question }) : t('outlook.currentEdited')}</MessageBarBody>
          </MessageBar>
        )}
        <PromptPicker groups={groups} messages={library.messages} draft={draft} problem={problem} onChange={setDraft} />
        <Switch checked={draft.anonymous} onChange={(_, data) => setDraft({ ...draft, anonymous: data.checked })} label={t('checkin.editor.anonymous')} />
        <Caption1 className={styles.scope} data-testid="outlook-scope">
          {t(kind === 'series' ? 'outlook.scope.series' : kind === 'occurrence' ? 'outlook.scope.occurrence' : 'outlook.scope.single')}
        </Caption1>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<Add20Regular />} disabledFocusable={problem !== null || busy !== null}>
            {busy === 'adding' ? t('outlook.adding') : t('outlook.add')}
          </Button>
          <Button appearance="secondary" icon={<Delete20Regular />} onClick={() => void remove()} disabledFocusable={busy !== null || !body.block}>
            {busy === 'removing' ? t('outlook.removing') : t('outlook.remove')}
          </Button>
        </div>
        <div className={styles.status} aria-live="polite">
          {outcome && <CommandStatus outcome={outcome} onRetryRegistration={retryRegistration} isRetrying={busy === 'registering'} />}
        </div>
      </form>
      <InvitePreview question={draftQuestion(draft, library.prompts)} isAnonymous={draft.anonymous} isRotating={isDraftRotating(draft)} agenda={agenda} />
    </>
  );
};
