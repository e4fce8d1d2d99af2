// One recurring series over a period: trends across its occurrences and the observations (GET /api/reports/series/:id).
import { useCallback } from 'react';
import type { SeriesReport } from '../../../server/domain/reports/types';
import { useApi } from '../../api';
import { useAsync, type AsyncResult } from '../../lib/use-async';
import type { ChosenRange } from './range-choice';

export const useSeriesReport = (seriesMasterId: string, { range, timeZone }: ChosenRange): AsyncResult<SeriesReport> => {
  const api = useApi();
  const load = useCallback(() => api.getSeriesReport(seriesMasterId, range, timeZone), [api, seriesMasterId, range, timeZone]);
  return useAsync(load);
};
