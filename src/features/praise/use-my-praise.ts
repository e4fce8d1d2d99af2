// The personal tab's praise: what this person received (public and private) or gave, newest first.
import { useCallback } from 'react';
import { useApi, type PraiseBox, type PraiseView } from '../../api';
import { useAsync, type AsyncResult } from '../../lib/use-async';

export const useMyPraise = (box: PraiseBox): AsyncResult<PraiseView[]> => {
  const api = useApi();
  const load = useCallback(async () => (await api.getMyPraise(box)).praise, [api, box]);
  return useAsync(load);
};
