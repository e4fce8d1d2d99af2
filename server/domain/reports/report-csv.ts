// The report table as CSV (RFC 4180), with exactly the values the table shows: the caller passes the function that
// formats a cell for display, so the file and the screen cannot disagree. Cells a spreadsheet would run as a formula
// (OWASP's "CSV injection": a leading = + - @, tab or carriage return) get a leading apostrophe.

/** Put in front of the text when saving it as a file, so that Excel reads UTF-8 (names, subjects) correctly. */
export const CSV_BOM = '\uFEFF';

/** What spreadsheets start a formula with, also in their full-width forms, which some locales accept. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain number such as -12 or -0.5 is safe as it is, and stays a number in the sheet. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** A cell as a spreadsheet may open it: never a formula. Leading spaces do not hide a formula from every program. */
export const neutralizeFormula = (text: string): string =>
  (FORMULA_START.test(text) || FORMULA_START.test(text.trimStart())) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;

/** RFC 4180: a field with a quote, comma or line break is quoted, its quotes doubled. */
export const quoteCsvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

const toField = (text: string): string => quoteCsvField(neutralizeFormula(text));

/**
 * The rows under a header of `labels`, columns in the order given, records separated by CRLF (RFC 4180), the last
 * one too. `format(row, column)` returns the cell as the table shows it.
 */
export const reportRowsToCsv = <Row, Column extends string>(
  rows: readonly Row[],
  columns: readonly Column[],
  labels: Readonly<Record<Column, string>>,
  format: (row: Row, column: Column) => string,
): string => {
  const header = columns.map((column) => toField(labels[column]));
  const records = rows.map((row) => columns.map((column) => toField(format(row, column))));
  return [header, ...records].map((fields) => `${fields.join(',')}\r\n`).join('');
};
