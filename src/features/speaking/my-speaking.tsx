// "My speaking" in the personal tab: a period picker, the person's talk time and average share over it, and one row
// per meeting (talk time, share, turns). Only their own figures: the API answers nobody else's.
import {
  Body1,
  Field,
  Select,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { MySpeaking } from '../../api';
import { useI18n, type MessageKey } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { formatDuration, formatShare } from '../turns/format-turns';
import { SPEAKING_RANGES, type SpeakingRange } from './speaking-range';
import { useMySpeaking } from './use-my-speaking';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  picker: { maxWidth: '240px' },
  table: { minWidth: 0 },
  subject: { overflowWrap: 'anywhere' },
});

const rangeLabels: Record<SpeakingRange, MessageKey> = {
  thisWeek: 'speaking.range.thisWeek',
  last4Weeks: 'speaking.range.last4Weeks',
  thisQuarter: 'speaking.range.thisQuarter',
};

const Figures = ({ speaking }: { speaking: MySpeaking }) => {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { meetings } = speaking;
  if (meetings.length === 0) return <Text className={styles.muted} data-testid="my-speaking-empty">{t('speaking.empty')}</Text>;
  const talkMs = meetings.reduce((sum, meeting) => sum + meeting.me.talkMs, 0);
  const averageShare = meetings.reduce((sum, meeting) => sum + meeting.me.share, 0) / meetings.length;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <Body1 data-testid="my-speaking-total">
        {t('speaking.total', { duration: formatDuration(talkMs), count: meetings.length })} {t('speaking.averageShare', { share: formatShare(averageShare, locale) })}
      </Body1>
      <Table className={styles.table} aria-label={t('speaking.table')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('speaking.column.meeting')}</TableHeaderCell>
            <TableHeaderCell>{t('speaking.column.talk')}</TableHeaderCell>
            <TableHeaderCell>{t('speaking.column.share')}</TableHeaderCell>
            <TableHeaderCell>{t('speaking.column.turns')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {meetings.map((meeting) => (
            <TableRow key={`${meeting.onlineMeetingId}/${meeting.start}`} data-testid="my-speaking-meeting">
              <TableCell>
                <Text block weight="semibold" className={styles.subject}>
                  {meeting.subject}
                </Text>
                <Text block size={200} className={styles.muted}>
                  <time dateTime={meeting.start}>{date.format(new Date(meeting.start))}</time>
                </Text>
              </TableCell>
              <TableCell>{formatDuration(meeting.me.talkMs)}</TableCell>
              <TableCell>{formatShare(meeting.me.share, locale)}</TableCell>
              <TableCell>{meeting.me.turns.toLocaleString(locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};

export const MySpeakingSection = () => {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [range, setRange] = useState<SpeakingRange>('last4Weeks');
  const speaking = useMySpeaking(range);
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="my-speaking">
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t('speaking.heading')}
      </Subtitle1>
      <Text className={styles.muted}>{t('speaking.intro')}</Text>
      <Field label={t('speaking.range.label')} className={styles.picker}>
        <Select value={range} onChange={(_, data) => setRange(data.value as SpeakingRange)}>
          {SPEAKING_RANGES.map((option) => (
            <option key={option} value={option}>
              {t(rangeLabels[option])}
            </option>
          ))}
        </Select>
      </Field>
      {speaking.status === 'loading' && <LoadingState label={t('speaking.loading')} />}
      {speaking.status === 'error' && <ErrorState error={speaking.error} title={t('speaking.errorTitle')} onRetry={speaking.retry} />}
      {speaking.status === 'ready' && <Figures speaking={speaking.value} />}
    </section>
  );
};
