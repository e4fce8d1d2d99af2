// How this person likes to be praised: read once, saved on change. A save that fails leaves the saved choice shown.
import { useCallback, useState } from 'react';
import { useApi, type PraisePreference } from '../../api';
import { useAsync } from '../../lib/use-async';

export type PraisePreferenceState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; preference: PraisePreference; saving: PraisePreference | null; hasSaved: boolean; saveError: unknown; save: (preference: PraisePreference) => Promise<void> };

export const usePraisePreference = (): PraisePreferenceState => {
  const api = useApi();
  const load = useCallback(async () => (await api.getPraisePreference()).preference, [api]);
  const loaded = useAsync(load);
  const [saved, setSaved] = useState<PraisePreference | null>(null);
  const [saving, setSaving] = useState<PraisePreference | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);

  const save = useCallback(
    async (preference: PraisePreference) => {
      setSaving(preference);
      setSaveError(null);
      try {
        setSaved((await api.setPraisePreference(preference)).preference);
      } catch (error) {
        setSaveError(error);
      } finally {
        setSaving(null);
      }
    },
    [api],
  );

  if (loaded.status === 'loading') return { status: 'loading' };
  if (loaded.status === 'error') return { status: 'error', error: loaded.error, retry: loaded.retry };
  return { status: 'ready', preference: saved ?? loaded.value, saving, hasSaved: saved !== null, saveError, save };
};
