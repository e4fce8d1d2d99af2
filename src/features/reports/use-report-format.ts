// The translator and the locale's report formatter together: what every report view formats its figures with.
import { useMemo } from 'react';
import { useI18n } from '../../i18n';
import type { CellContext } from './meeting-columns';
import { createReportFormat } from './report-format';

export const useReportFormat = (): CellContext => {
  const { t, locale } = useI18n();
  return useMemo(() => ({ t, format: createReportFormat(locale) }), [t, locale]);
};
