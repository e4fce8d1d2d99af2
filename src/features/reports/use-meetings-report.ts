// The viewer's meetings over a period with their figures (GET /api/reports/meetings).
import { useCallback } from 'react';
import type { MeetingsReport } from '../../../server/domain/reports/types';
import { useApi } from '../../api';
import { useAsync, type AsyncResult } from '../../lib/use-async';
import type { ChosenRange } from './range-choice';

export const useMeetingsReport = ({ range, timeZone }: ChosenRange): AsyncResult<MeetingsReport> => {
  const api = useApi();
  const load = useCallback(() => api.getMeetingsReport(range, timeZone), [api, range, timeZone]);
  return useAsync(load);
};
