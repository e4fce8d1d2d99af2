// The personal tab's server state: who the user is and their meeting now or next (null when there is none).
import { useCallback } from 'react';
import { isApiError, useApi, type Me, type MeetingView } from '../../api';
import { useAsync, type AsyncResult } from '../../lib/use-async';

export type Home = { me: Me; meeting: MeetingView | null };

export const useHome = (): AsyncResult<Home> => {
  const api = useApi();
  const load = useCallback(async (): Promise<Home> => {
    const nextMeeting = api.getNextMeeting().catch((error: unknown) => {
      if (isApiError(error) && error.code === 'not_found') return null;
      throw error;
    });
    const [me, meeting] = await Promise.all([api.getMe(), nextMeeting]);
    return { me, meeting };
  }, [api]);
  return useAsync(load);
};
