// The report period: this week, the last 4 weeks, this quarter, or custom days (up to a year). A custom range the
// domain refuses (reversed, over a year) shows why next to the dates and asks nothing of the server.
import { Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { REPORT_RANGE_PRESETS, type ReportRangeError, type ReportRangePreset } from '../../../server/domain/reports/range';
import type { MessageKey } from '../../i18n';
import { chooseCustom, choosePreset, customDaysOf, viewerTimeZone, type ChosenRange, type CustomDays, type RangePick } from './range-choice';
import { useReportFormat } from './use-report-format';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  preset: { minWidth: '180px' },
  date: { minWidth: '160px' },
  showing: { flexBasis: '100%', color: tokens.colorNeutralForeground2 },
});

const pickLabels: Record<RangePick, MessageKey> = {
  this_week: 'reports.range.thisWeek',
  last_4_weeks: 'reports.range.last4Weeks',
  this_quarter: 'reports.range.thisQuarter',
  custom: 'reports.range.custom',
};

const errorMessages: Record<ReportRangeError['code'], MessageKey> = {
  reversed: 'reports.range.reversed',
  too_long: 'reports.range.tooLong',
  invalid_date: 'reports.range.invalid',
  invalid_time_zone: 'reports.range.invalid',
};

export const DEFAULT_PRESET: ReportRangePreset = 'last_4_weeks';

export type RangePickerProps = { value: ChosenRange; onChange: (chosen: ChosenRange) => void };

export const RangePicker = ({ value, onChange }: RangePickerProps) => {
  const { t, format } = useReportFormat();
  const styles = useStyles();
  const [pick, setPick] = useState<RangePick>(DEFAULT_PRESET);
  const [custom, setCustom] = useState<CustomDays>(() => customDaysOf(value.range));
  const [error, setError] = useState<ReportRangeError['code'] | null>(null);

  const onPick = (next: RangePick) => {
    setPick(next);
    setError(null);
    if (next === 'custom') setCustom(customDaysOf(value.range));
    else onChange(choosePreset(next, new Date(), viewerTimeZone()));
  };
  const onCustom = (change: Partial<CustomDays>) => {
    const next = { ...custom, ...change };
    setCustom(next);
    const choice = chooseCustom(next, viewerTimeZone());
    setError(choice.ok ? null : choice.code);
    if (choice.ok) onChange({ range: choice.range, timeZone: choice.timeZone });
  };
  const lastDay = customDaysOf(value.range).to;

  return (
    <div className={styles.root} data-testid="reports-range">
      <Field label={t('reports.range.label')} className={styles.preset}>
        <Select value={pick} onChange={(_, data) => onPick(data.value as RangePick)} data-testid="reports-range-preset">
          {[...REPORT_RANGE_PRESETS, 'custom' as const].map((option) => (
            <option key={option} value={option}>
              {t(pickLabels[option])}
            </option>
          ))}
        </Select>
      </Field>
      {pick === 'custom' && (
        <>
          <Field label={t('reports.range.from')} className={styles.date} validationState={error ? 'error' : 'none'}>
            <Input type="date" value={custom.from} onChange={(_, data) => onCustom({ from: data.value })} data-testid="reports-range-from" />
          </Field>
          <Field
            label={t('reports.range.to')}
            className={styles.date}
            validationState={error ? 'error' : 'none'}
            validationMessage={error ? t(errorMessages[error]) : undefined}
          >
            <Input type="date" value={custom.to} onChange={(_, data) => onCustom({ to: data.value })} data-testid="reports-range-to" />
          </Field>
        </>
      )}
      <Text className={styles.showing} size={200} data-testid="reports-range-showing">
        {t('reports.range.showing', { range: value.range.from === lastDay ? format.day(value.range.from) : format.dayRange(value.range.from, lastDay) })}
      </Text>
    </div>
  );
};
