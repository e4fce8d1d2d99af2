// The check-in library (GET /api/checkin/prompts): the prompts to choose from and the texts of their parts and
// scales. It is the same for everyone and every meeting, so one read per page serves every component.
import { useCallback } from 'react';
import { useApi, type ApiClient, type CheckinLibrary } from '../../api';
import { useAsync, type AsyncResult } from '../../lib/use-async';

const cache = new WeakMap<ApiClient, Promise<CheckinLibrary>>();

const readLibrary = (api: ApiClient): Promise<CheckinLibrary> => {
  let library = cache.get(api);
  if (!library) {
    library = api.getCheckinLibrary();
    cache.set(api, library);
    // A failed read is not kept: the next attempt asks again.
    library.catch(() => cache.delete(api));
  }
  return library;
};

export const useCheckinLibrary = (): AsyncResult<CheckinLibrary> => {
  const api = useApi();
  const load = useCallback(() => readLibrary(api), [api]);
  return useAsync(load);
};
