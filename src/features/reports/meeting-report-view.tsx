// One meeting that has happened: its figures (the same cells as its row in the meetings table), where the speaking
// figures come from, share of voice, who spoke when (organizer only), the check-in as the meeting saw it and its
// public praise, each with a clear empty state. Shown in the personal tab's reports and in the meeting's details tab.
import { Link, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Open12Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { MeetingReport, ReportMeetingRow } from '../../../server/domain/reports/types';
import type { MessageKey } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { MEETING_COLUMNS, sourceLabel } from './meeting-columns';
import { MeetingCheckin } from './meeting-checkin';
import { MeetingPraise } from './meeting-praise';
import { ShareOfVoice } from './share-of-voice';
import { SpeakingTimeline } from './speaking-timeline';
import { useMeetingReport } from './use-meeting-report';
import { useReportFormat } from './use-report-format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 180px), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  figure: { display: 'flex', flexDirection: 'column', margin: 0 },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
});

/** The row's figures; the meeting, its date and links are shown around them, its source in a sentence of its own. */
const FIGURE_COLUMNS = MEETING_COLUMNS.filter((column) => !['meeting', 'organizer', 'date', 'source', 'outlook', 'chat'].includes(column.id));

const missingMessage = (row: ReportMeetingRow): MessageKey => {
  if (row.status === 'not_online') return 'reports.missing.notOnline';
  if (row.status === 'unavailable') return 'reports.missing.unavailable';
  return `reports.missing.${row.speaking.missing ?? 'no_transcript'}`;
};

const Figures = ({ row }: { row: ReportMeetingRow }) => {
  const ctx = useReportFormat();
  const styles = useStyles();
  return (
    <dl className={styles.figures} data-testid="meeting-figures">
      {FIGURE_COLUMNS.map((column) => (
        <div key={column.id} className={styles.figure} data-column={column.id}>
          <dt className={styles.term}>{ctx.t(column.header)}</dt>
          <dd className={styles.value}>{column.row(row, ctx).text}</dd>
        </div>
      ))}
    </dl>
  );
};

type HeadingLevel = 2 | 3;

type FiguresProps = { report: MeetingReport; showHeading: boolean; headingLevel: HeadingLevel; title?: string };

const MeetingFigures = ({ report, showHeading, headingLevel, title }: FiguresProps) => {
  const subLevel = (headingLevel + 1) as 3 | 4;
  const { t, format } = useReportFormat();
  const styles = useStyles();
  const headingId = useId();
  const { meeting, speaking } = report;
  const hasSpeaking = meeting.status === 'resolved' && speaking.source !== 'none';
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="meeting-report" data-source={speaking.source}>
      <div className={styles.header}>
        <Subtitle1 as={`h${headingLevel}`} id={headingId} className={styles.heading}>
          {title ?? (showHeading ? meeting.subject || t('meeting.untitled') : t('reports.meetingView.heading'))}
        </Subtitle1>
        {showHeading && <Text className={styles.muted}>{format.dateTime(meeting.start)}</Text>}
      </div>
      <Figures row={meeting} />
      <Text data-testid="meeting-source">{t('reports.source.line', { source: sourceLabel(meeting, t) })}</Text>
      {(meeting.outlookLink || meeting.chatLink) && (
        <div className={styles.links}>
          {meeting.outlookLink && (
            <Link href={meeting.outlookLink} target="_blank" rel="noreferrer" className={styles.link}>
              {t('reports.link.outlook')}
              <Open12Regular aria-hidden />
            </Link>
          )}
          {meeting.chatLink && (
            <Link href={meeting.chatLink} target="_blank" rel="noreferrer" className={styles.link}>
              {t('reports.link.chat')}
              <Open12Regular aria-hidden />
            </Link>
          )}
        </div>
      )}
      {hasSpeaking ? (
        <>
          <ShareOfVoice speaking={speaking} isOrganizer={meeting.viewerIsOrganizer} headingLevel={subLevel} />
          {speaking.timeline.length > 0 && <SpeakingTimeline speaking={speaking} headingLevel={subLevel} />}
        </>
      ) : (
        <Text className={styles.muted} data-testid="meeting-no-speaking">
          {t(missingMessage(meeting))}
        </Text>
      )}
      <MeetingCheckin checkin={report.checkin} isHeld={meeting.checkin.held} headingLevel={subLevel} />
      <MeetingPraise praise={report.praise} headingLevel={subLevel} />
    </section>
  );
};

export type MeetingReportViewProps = {
  eventId: string;
  /** The meeting's subject and date as the heading; false in the details tab, which shows them above already. */
  showHeading?: boolean;
  headingLevel?: HeadingLevel;
  /** The heading in place of the usual one (the details tab names the series' previous occurrence). */
  title?: string;
};

export const MeetingReportView = ({ eventId, showHeading = true, headingLevel = 3, title }: MeetingReportViewProps) => {
  const { t } = useReportFormat();
  const report = useMeetingReport(eventId);
  if (report.status === 'loading') return <LoadingState label={t('reports.meetingView.loading')} />;
  if (report.status === 'error') {
    return <ErrorState error={report.error} title={t('reports.meetingView.errorTitle')} notFound="reports.meetingView.notFound" onRetry={report.retry} />;
  }
  return <MeetingFigures report={report.value} showHeading={showHeading} headingLevel={headingLevel} title={title} />;
};
