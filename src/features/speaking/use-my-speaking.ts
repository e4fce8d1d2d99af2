// The signed-in person's own speaking figures over a period (GET /api/me/speaking): private, nobody else's.
import { useCallback, useMemo } from 'react';
import { useApi, type MySpeaking } from '../../api';
import { useAsync, type AsyncResult } from '../../lib/use-async';
import { rangeBounds, type SpeakingRange } from './speaking-range';

export const useMySpeaking = (range: SpeakingRange): AsyncResult<MySpeaking> => {
  const api = useApi();
  // The period is fixed when it is chosen: "now" does not move under a list being read.
  const bounds = useMemo(() => rangeBounds(range, new Date()), [range]);
  const load = useCallback(() => api.getMySpeaking(bounds.from, bounds.to), [api, bounds]);
  return useAsync(load);
};
