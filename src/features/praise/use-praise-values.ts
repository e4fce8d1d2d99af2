// The tenant's values one can praise for (Courage, Curiosity, …), read once per panel.
import { useCallback } from 'react';
import { useApi, type PraiseValue } from '../../api';
import { useAsync, type AsyncResult } from '../../lib/use-async';

export const usePraiseValues = (): AsyncResult<PraiseValue[]> => {
  const api = useApi();
  const load = useCallback(async () => (await api.getPraiseValues()).values, [api]);
  return useAsync(load);
};
