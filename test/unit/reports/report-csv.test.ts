import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, reportRowsToCsv } from '../../../server/domain/reports';

type Row = { subject: string; participation: number | null };
const columns = ['subject', 'participation'] as const;
const labels = { subject: 'Meeting', participation: 'Check-in participation' };
const format = (row: Row, column: (typeof columns)[number]): string =>
  column === 'subject' ? row.subject : row.participation === null ? '—' : `${Math.round(row.participation * 100)}%`;

/** RFC 4180's grammar, read back: records end in CRLF, quoted fields may hold anything with quotes doubled. */
const parseCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let fields: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
    } else {
      const end = text.slice(at).search(/[,\r]/);
      field = text.slice(at, end < 0 ? text.length : at + end);
      if (/["\n]/.test(field)) throw new Error(`unquoted field with a quote or line feed: ${JSON.stringify(field)}`);
      at += field.length;
    }
    fields.push(field);
    if (text[at] === ',') at += 1;
    else if (text.startsWith('\r\n', at)) {
      records.push(fields);
      fields = [];
      at += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[at])} at ${at}`);
  }
  return records;
};

describe('the CSV export', () => {
  it('writes the header and the cells as the table shows them, records ending in CRLF', () => {
    const csv = reportRowsToCsv([{ subject: 'Weekly sync', participation: 0.75 }, { subject: 'Retro', participation: null }], columns, labels, format);
    expect(csv).toBe('Meeting,Check-in participation\r\nWeekly sync,75%\r\nRetro,—\r\n');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const csv = reportRowsToCsv([{ subject: 'Plan, "draft"\nv2', participation: 1 }], columns, labels, format);
    expect(csv).toBe('Meeting,Check-in participation\r\n"Plan, ""draft""\nv2",100%\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    for (const attack of ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', ' =1', '＝1+1']) {
      expect(neutralizeFormula(attack)).toBe(`'${attack}`);
    }
    expect(reportRowsToCsv([{ subject: '=cmd|"/c calc"!A1', participation: 0 }], columns, labels, format)).toContain(`"'=cmd|""/c calc""!A1"`);
  });

  it('leaves plain numbers and ordinary text as they are', () => {
    for (const safe of ['-12', '-0.5', '42', 'Team sync', 'e=mc2', '']) expect(neutralizeFormula(safe)).toBe(safe);
  });

  it('reads back as exactly the cells shown, whatever the text', () => {
    // Text built from what CSV and spreadsheets treat specially, plus ordinary letters, digits and non-ASCII.
    const unit = fc.oneof(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ', '.', '＝', '\u00e9', '\u{1F600}'), fc.string({ maxLength: 2 }));
    const rowArb = fc.record({ subject: fc.string({ unit, maxLength: 30 }), participation: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), (rows) => {
        const records = parseCsv(reportRowsToCsv(rows, columns, labels, format));
        expect(records[0]).toEqual(['Meeting', 'Check-in participation']);
        expect(records.slice(1)).toEqual(rows.map((row) => columns.map((column) => neutralizeFormula(format(row, column)))));
        for (const [cell = ''] of records.slice(1)) {
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
          expect(cell).not.toMatch(/^[=+\-@\t\r＝]/);
          expect(cell.trimStart()).not.toMatch(/^[=+\-@＝]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
