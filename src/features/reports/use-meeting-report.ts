// One meeting that has happened: share of voice, who spoke when, the check-in as the meeting saw it, public praise
// (GET /api/reports/meetings/:eventId; a 404 when it is not in the viewer's calendar).
import { useCallback } from 'react';
import type { MeetingReport } from '../../../server/domain/reports/types';
import { useApi } from '../../api';
import { useAsync, type AsyncResult } from '../../lib/use-async';

export const useMeetingReport = (eventId: string): AsyncResult<MeetingReport> => {
  const api = useApi();
  const load = useCallback(() => api.getMeetingReport(eventId), [api, eventId]);
  return useAsync(load);
};
