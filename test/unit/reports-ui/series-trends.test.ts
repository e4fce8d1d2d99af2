import { describe, expect, it } from 'vitest';
import type { SeriesOccurrencePoint, SeriesReport } from '../../../server/domain/reports/types';
import { seriesTrends } from '../../../src/features/reports/series-trends';
import { ctx, shown, withheld } from './report-fixtures';

const point = (start: string, overrides: Partial<SeriesOccurrencePoint> = {}): SeriesOccurrencePoint => ({
  eventId: `event-${start}`,
  start,
  speaking: { source: 'transcript', missing: null, entropy: 0.8, topShare: 0.3, heard: 0.75, attendees: 8 },
  checkin: { held: true, answers: 6, attendees: 8, participation: 0.75 },
  pulse: { freedom: shown(4.1), inclusion: shown(3.6) },
  praiseSpread: 0.5,
  praise: { public: 2 },
  ...overrides,
});

const report = (occurrences: SeriesOccurrencePoint[]): SeriesReport => ({
  seriesMasterId: 'master',
  subject: 'Weekly',
  organizer: { name: 'Amara Okafor', email: 'amara@contoso.example' },
  viewerIsOrganizer: true,
  range: { from: '2026-03-01', to: '2026-04-01' },
  occurrences,
  pulse: null,
  observations: [],
});

describe('the series trends', () => {
  const later = point('2026-03-09T09:00:00.000Z', { pulse: { freedom: withheld(), inclusion: shown(4) }, checkin: { held: false, answers: 0, attendees: 8, participation: null } });
  const earlier = point('2026-03-02T09:00:00.000Z');
  const trends = seriesTrends(report([later, earlier]), ctx);
  const trend = (id: string) => trends.find((candidate) => candidate.id === id)!;

  it('draws balance, voices heard, check-in participation, pulse and praise spread, oldest meeting first', () => {
    expect(trends.map((candidate) => candidate.id)).toEqual(['balance', 'voicesHeard', 'participation', 'pulse', 'praiseSpread']);
    expect(trend('balance').lines[0]!.points.map((p) => p.start)).toEqual([earlier.start, later.start]);
  });

  it('leaves a withheld pulse off the chart and says so in the table, never as a number', () => {
    const [freedom, inclusion] = trend('pulse').lines;
    expect(freedom!.points.map((p) => p.value)).toEqual([4.1, null]);
    expect(inclusion!.points.map((p) => p.value)).toEqual([3.6, 4]);
    expect(trend('pulse').table.columns).toEqual(['Meeting of', 'Freedom', 'Inclusion']);
    expect(trend('pulse').table.rows[1]!.cells.slice(1)).toEqual(['Not enough responses', '4.0']);
  });

  it('has no participation for a meeting without a check-in, and formats shares as percentages', () => {
    expect(trend('participation').table.rows.map((row) => row.cells[1])).toEqual(['75%', '—']);
    expect(trend('balance').table.rows[0]!.cells[1]).toBe('0.80');
  });

  it('says there is nothing to draw when no meeting has the figure', () => {
    const bare = seriesTrends(report([point('2026-03-02T09:00:00.000Z', { praiseSpread: null })]), ctx);
    expect(bare.find((candidate) => candidate.id === 'praiseSpread')?.hasData).toBe(false);
    expect(bare.find((candidate) => candidate.id === 'balance')?.hasData).toBe(true);
  });
});
