// "My team": meetings organized by the viewer's direct and indirect reports over a period, never naming anyone
// (GET /api/reports/team).
import { useCallback } from 'react';
import type { TeamReport } from '../../../server/domain/reports/types';
import { useApi } from '../../api';
import { useAsync, type AsyncResult } from '../../lib/use-async';
import type { ChosenRange } from './range-choice';

export const useTeamReport = ({ range, timeZone }: ChosenRange): AsyncResult<TeamReport> => {
  const api = useApi();
  const load = useCallback(() => api.getTeamReport(range, timeZone), [api, range, timeZone]);
  return useAsync(load);
};
