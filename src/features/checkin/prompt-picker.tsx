// Where the organizer picks the question: a kind from the library (or their own question), then one of its prompts.
import { Dropdown, Field, Option, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../../i18n';
import { CUSTOM_KIND, type PromptGroup } from './checkin-kinds';
import { MAX_QUESTION_LENGTH, countCharacters, withKind, type CheckinDraft, type DraftProblem } from './checkin-draft';
import { kindLabel as libraryKindLabel, type LibraryMessages } from './library-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  kind: { maxWidth: '360px' },
  prompts: { display: 'grid', gap: tokens.spacingVerticalXXS },
});

export type PromptPickerProps = {
  groups: PromptGroup[];
  messages: LibraryMessages;
  draft: CheckinDraft;
  problem: DraftProblem;
  onChange: (draft: CheckinDraft) => void;
};

export const PromptPicker = ({ groups, messages, draft, problem, onChange }: PromptPickerProps) => {
  const t = useT();
  const styles = useStyles();
  const kindLabel = (kind: string) => libraryKindLabel(messages, kind);
  const group = groups.find((candidate) => candidate.kind === draft.kind);
  const length = countCharacters(draft.customQuestion.trim());
  const questionError = problem === 'emptyQuestion' ? t('checkin.editor.questionEmpty') : problem === 'longQuestion' ? t('checkin.editor.questionTooLong', { max: MAX_QUESTION_LENGTH }) : undefined;

  return (
    <div className={styles.root}>
      <Field label={t('checkin.editor.kind')} className={styles.kind}>
        <Dropdown
          value={kindLabel(draft.kind)}
          selectedOptions={[draft.kind]}
          onOptionSelect={(_, data) => data.optionValue && onChange(withKind(draft, data.optionValue, groups))}
          data-testid="checkin-kind"
        >
          {groups.map((candidate) => (
            <Option key={candidate.kind} value={candidate.kind} text={kindLabel(candidate.kind)}>
              {t('checkin.editor.kindOption', { kind: kindLabel(candidate.kind), count: candidate.prompts.length })}
            </Option>
          ))}
          <Option value={CUSTOM_KIND}>{kindLabel(CUSTOM_KIND)}</Option>
        </Dropdown>
      </Field>

      {draft.kind === CUSTOM_KIND ? (
        <Field
          label={t('checkin.editor.ownQuestion')}
          required
          validationState={questionError && draft.customQuestion !== '' ? 'error' : 'none'}
          validationMessage={draft.customQuestion !== '' ? questionError : undefined}
          hint={t('checkin.editor.counter', { count: length, max: MAX_QUESTION_LENGTH })}
        >
          <Textarea
            value={draft.customQuestion}
            onChange={(_, data) => onChange({ ...draft, customQuestion: data.value })}
            resize="vertical"
            rows={3}
            data-testid="checkin-own-question"
          />
        </Field>
      ) : (
        <Field label={t('checkin.editor.prompt', { kind: kindLabel(draft.kind) })}>
          <RadioGroup
            className={styles.prompts}
            value={draft.promptId ?? ''}
            onChange={(_, data) => onChange({ ...draft, promptId: data.value })}
            data-testid="checkin-prompts"
          >
            {(group?.prompts ?? []).map((prompt) => (
              <Radio key={prompt.id} value={prompt.id} label={prompt.text} />
            ))}
          </RadioGroup>
        </Field>
      )}
    </div>
  );
};
