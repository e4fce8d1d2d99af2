// "How I like to be praised" in the personal tab: in public, in private, or either. Givers see it when they choose;
// a public praise for someone who prefers private reaches them privately. Saved as soon as it is chosen.
import { Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PraisePreference } from '../../api';
import { isApiError } from '../../api';
import { useT } from '../../i18n';
import { describeError } from '../../ui/describe-error';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { usePraisePreference } from './use-praise-preference';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

const choices: { value: PraisePreference; key: 'praise.myPreference.public' | 'praise.myPreference.private' | 'praise.myPreference.either' }[] = [
  { value: 'public', key: 'praise.myPreference.public' },
  { value: 'private', key: 'praise.myPreference.private' },
  { value: 'either', key: 'praise.myPreference.either' },
];

const isPreference = (value: string): value is PraisePreference => choices.some((choice) => choice.value === value);

export const PraisePreferencePicker = () => {
  const t = useT();
  const styles = useStyles();
  const state = usePraisePreference();
  if (state.status === 'loading') return <LoadingState label={t('praise.personal.loading')} size="small" />;
  if (state.status === 'error') return <ErrorState error={state.error} title={t('praise.myPreference.errorTitle')} onRetry={state.retry} />;
  const saveFailure = state.saveError
    ? t('praise.myPreference.saveFailed', { reason: isApiError(state.saveError) && state.saveError.status === 400 ? state.saveError.serverMessage : t(describeError(state.saveError).message) })
    : undefined;

  return (
    <div className={styles.root} data-testid="praise-preference">
      <Field label={t('praise.myPreference.label')} hint={t('praise.myPreference.hint')} validationMessage={saveFailure}>
        <RadioGroup
          value={state.saving ?? state.preference}
          onChange={(_, data) => isPreference(data.value) && void state.save(data.value)}
        >
          {choices.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={t(choice.key)} />
          ))}
        </RadioGroup>
      </Field>
      <Text className={styles.muted} aria-live="polite" data-testid="praise-preference-status">
        {state.saving ? t('praise.myPreference.saving') : state.hasSaved && !state.saveError ? t('praise.myPreference.saved') : null}
      </Text>
    </div>
  );
};
