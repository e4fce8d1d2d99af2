// The public praise given in one meeting (private praise is never part of a report), or a plain "none".
import { Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { MeetingReport } from '../../../server/domain/reports/types';
import { useReportFormat } from './use-report-format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  entry: { display: 'grid', gap: tokens.spacingVerticalXXS },
  message: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export const MeetingPraise = ({ praise, headingLevel }: { praise: MeetingReport['praise']; headingLevel: 3 | 4 }) => {
  const { t, format } = useReportFormat();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="meeting-praise">
      <Subtitle2 as={`h${headingLevel}`} id={headingId} className={styles.heading}>
        {t('reports.meetingPraise.heading')}
      </Subtitle2>
      {praise.length === 0 ? (
        <Text className={styles.muted}>{t('reports.meetingPraise.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {praise.map((entry, index) => (
            <li key={`${entry.at}/${index}`} className={styles.entry} data-testid="meeting-praise-entry">
              <Text weight="semibold">
                {t('reports.meetingPraise.entry', { giver: entry.giver, recipient: entry.recipient ?? t('reports.meetingPraise.team'), value: entry.valueLabel })}
              </Text>
              <Text className={styles.message}>{entry.message}</Text>
              <Text size={200} className={styles.muted}>
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
