// A chart with its words around it: heading, what the figure means, the chart, and the same numbers as a table that
// a button shows and hides (the accessible alternative: screen readers, keyboard users and anyone who wants exact
// values read the table; the chart's SVG is a picture of it).
import { Button, Caption1, Card, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { Table16Regular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL, minWidth: 0 },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  chart: { minWidth: 0, overflow: 'hidden' },
  toggle: { alignSelf: 'flex-start' },
  empty: { color: tokens.colorNeutralForeground2 },
});

export type ChartTableData = { columns: string[]; rows: Array<{ key: string; cells: string[] }> };

export type ChartCardProps = {
  title: string;
  hint: string;
  table: ChartTableData;
  /** False when no occurrence has the figure: the card then says so instead of drawing an empty chart. */
  hasData: boolean;
  testId: string;
  /** The card's heading level in the page's outline. */
  headingLevel?: 3 | 4;
  children: ReactNode;
};

export const ChartCard = ({ title, hint, table, hasData, testId, headingLevel = 4, children }: ChartCardProps) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const tableId = useId();
  const [isTableShown, setTableShown] = useState(false);
  return (
    <Card className={styles.card} role="group" aria-labelledby={headingId} data-testid={testId}>
      <Subtitle2 as={`h${headingLevel}`} id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      <Caption1 className={styles.hint}>{hint}</Caption1>
      {hasData ? <div className={styles.chart}>{children}</div> : <Caption1 className={styles.empty}>{t('reports.chart.noData')}</Caption1>}
      <Button
        className={styles.toggle}
        appearance="subtle"
        size="small"
        icon={<Table16Regular />}
        aria-expanded={isTableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((shown) => !shown)}
        data-testid="chart-table-toggle"
      >
        {t(isTableShown ? 'reports.chart.hideTable' : 'reports.chart.showTable')}
      </Button>
      <div id={tableId} hidden={!isTableShown}>
        {isTableShown && (
          <Table size="extra-small" aria-labelledby={headingId} data-testid="chart-table">
            <TableHeader>
              <TableRow>
                {table.columns.map((column) => (
                  <TableHeaderCell key={column}>{column}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row) => (
                <TableRow key={row.key}>
                  {row.cells.map((cell, index) => (
                    <TableCell key={table.columns[index] ?? index}>{cell}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </div>
    </Card>
  );
};
