// The meetings table: one row per single meeting or recurring series (a series expands to its occurrences), sortable
// by every figure column (the headers are buttons), each subject opening its meeting or series view. It scrolls
// sideways in a narrow tab, and the scroll area is focusable so the keyboard can scroll it too.
import { Button, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular, Open12Regular } from '@fluentui/react-icons';
import type { ReportMeetingRow } from '../../../server/domain/reports/types';
import { useT } from '../../i18n';
import { MEETING_COLUMNS, type ColumnId } from './meeting-columns';
import type { TableRow as ReportTableRow, SortState } from './meetings-table-model';
import { useReportFormat } from './use-report-format';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', minWidth: 0, maxWidth: '100%', borderRadius: tokens.borderRadiusMedium },
  // As wide as its figures need (the region scrolls), at least as wide as the tab.
  table: { width: 'max-content', minWidth: '100%', tableLayout: 'auto' },
  header: { whiteSpace: 'nowrap' },
  cell: { whiteSpace: 'nowrap' },
  meetingColumn: { whiteSpace: 'normal', minWidth: '220px', maxWidth: '320px' },
  meetingCell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  occurrence: { paddingInlineStart: tokens.spacingHorizontalXXL },
  subject: { textAlign: 'start', overflowWrap: 'anywhere' },
  seriesSubject: { fontWeight: tokens.fontWeightSemibold },
  // The rows are not clickable themselves (their subject and links are): no row highlight, which in the dark and high
  // contrast themes would also take the links below their contrast minimum.
  row: { ':hover': { backgroundColor: tokens.colorTransparentBackground }, ':active': { backgroundColor: tokens.colorTransparentBackground } },
  withheld: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, whiteSpace: 'nowrap' },
});

export type MeetingsTableProps = {
  rows: ReportTableRow[];
  sort: SortState;
  onSort: (column: ColumnId) => void;
  onToggleSeries: (seriesMasterId: string) => void;
  onOpenSeries: (seriesMasterId: string) => void;
  onOpenMeeting: (eventId: string) => void;
};

const ExternalLink = ({ href, text, label }: { href: string; text: string; label: string }) => {
  const styles = useStyles();
  return (
    <Link href={href} target="_blank" rel="noreferrer" className={styles.link} aria-label={label}>
      {text}
      <Open12Regular aria-hidden />
    </Link>
  );
};

const MeetingCell = ({ row, props }: { row: ReportTableRow; props: MeetingsTableProps }) => {
  const t = useT();
  const styles = useStyles();
  const text = row.cells.meeting.text;
  if (row.kind === 'series') {
    const subject = row.occurrences[0]?.subject || t('meeting.untitled');
    return (
      <div className={styles.meetingCell}>
        <Button
          appearance="subtle"
          size="small"
          icon={row.isExpanded ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          aria-expanded={row.isExpanded}
          aria-label={t(row.isExpanded ? 'reports.series.collapse' : 'reports.series.expand', { subject })}
          onClick={() => props.onToggleSeries(row.seriesMasterId)}
          data-testid="reports-series-toggle"
        />
        <Link as="button" className={mergeClasses(styles.subject, styles.seriesSubject)} onClick={() => props.onOpenSeries(row.seriesMasterId)} data-testid="reports-series-open">
          {text}
        </Link>
      </div>
    );
  }
  return (
    <div className={mergeClasses(styles.meetingCell, row.kind === 'occurrence' && styles.occurrence)}>
      <Link as="button" className={styles.subject} onClick={() => props.onOpenMeeting(row.row.eventId)} data-testid="reports-meeting-open">
        {text}
      </Link>
    </div>
  );
};

const LinkCell = ({ row, column }: { row: ReportMeetingRow; column: 'outlook' | 'chat' }) => {
  const { t, format } = useReportFormat();
  const [subject, date] = [row.subject || t('meeting.untitled'), format.dateTime(row.start)];
  const href = column === 'outlook' ? row.outlookLink : row.chatLink;
  if (!href) return <>{t('reports.cell.none')}</>;
  return column === 'outlook' ? (
    <ExternalLink href={href} text={t('reports.link.outlook')} label={t('reports.link.outlookLabel', { subject, date })} />
  ) : (
    <ExternalLink href={href} text={t('reports.link.chat')} label={t('reports.link.chatLabel', { subject, date })} />
  );
};

export const MeetingsTable = (props: MeetingsTableProps) => {
  const t = useT();
  const styles = useStyles();
  const { rows, sort, onSort } = props;
  return (
    <div className={styles.scroll} role="region" aria-label={t('reports.table.scroll')} tabIndex={0}>
      <Table sortable size="small" className={styles.table} aria-label={t('reports.table.label')} data-testid="reports-table">
        <TableHeader>
          <TableRow>
            {MEETING_COLUMNS.map((column) => (
              <TableHeaderCell
                key={column.id}
                className={styles.header}
                sortable={column.isSortable}
                sortDirection={column.isSortable && sort.column === column.id ? sort.direction : undefined}
                onClick={column.isSortable ? () => onSort(column.id) : undefined}
                data-testid={`reports-column-${column.id}`}
              >
                {t(column.header)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} className={styles.row} data-testid={`reports-row-${row.kind}`}>
              {MEETING_COLUMNS.map((column) => {
                const cell = row.cells[column.id];
                return (
                  <TableCell key={column.id} data-column={column.id} className={column.id === 'meeting' ? styles.meetingColumn : styles.cell}>
                    {column.id === 'meeting' ? (
                      <MeetingCell row={row} props={props} />
                    ) : (column.id === 'outlook' || column.id === 'chat') && row.kind !== 'series' ? (
                      <LinkCell row={row.row} column={column.id} />
                    ) : (
                      <Text className={mergeClasses(cell.isWithheld && styles.withheld)}>{cell.text}</Text>
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
};
