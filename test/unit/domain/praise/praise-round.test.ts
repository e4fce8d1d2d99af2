import { describe, expect, it } from 'vitest';
import { applyRoundAction, isPraiseFacilitator, recentOccurrences, suggestForPraiseRound, type PraiseRecord } from '../../../../server/domain/praise';

const week = (n: number) => new Date(Date.UTC(2025, 2, 4 + 7 * n, 10)).toISOString();
const attendees = [
  { userId: 'hiroshi', displayName: 'Hiroshi Tanaka' },
  { userId: 'lucia', displayName: 'Lucía Fernández' },
  { userId: 'priya', displayName: 'Priya Raman' },
  { userId: 'mateus', displayName: 'Mateus Silva' },
];
const praise = (userId: string, occurrence: number, visibility: 'public' | 'private' = 'public'): PraiseRecord => ({
  recipient: { kind: 'person', userId, displayName: userId },
  visibility,
  occurrenceStart: week(occurrence),
});

describe('the praise round', () => {
  it('is run by the organizer, or by whom the check-in was handed over to', () => {
    expect(isPraiseFacilitator({ id: 'hiroshi', isOrganizer: true }, null)).toBe(true);
    expect(isPraiseFacilitator({ id: 'lucia', isOrganizer: false }, null)).toBe(false);
    expect(isPraiseFacilitator({ id: 'lucia', isOrganizer: false }, 'lucia')).toBe(true);
    expect(isPraiseFacilitator({ id: 'hiroshi', isOrganizer: true }, 'lucia')).toBe(false);
    expect(applyRoundAction('open')).toEqual({ isOpen: true });
    expect(applyRoundAction('close')).toEqual({ isOpen: false });
  });

  it('looks back over the latest occurrences up to this one, never ahead', () => {
    const starts = [week(0), week(1), week(2), week(3), week(4), week(5), week(6)];
    expect(recentOccurrences(starts, week(4), 3)).toEqual([week(4), week(3), week(2)]);
    expect(recentOccurrences([], week(4), 3)).toEqual([week(4)]);
  });

  it('suggests attendees not praised in public lately, by name, never the viewer', () => {
    const suggestions = suggestForPraiseRound({ attendees, viewerId: 'hiroshi', occurrences: [week(4), week(3)], praise: [praise('lucia', 3)] });
    expect(suggestions.map((s) => s.userId)).toEqual(['mateus', 'priya']);
  });

  it('private praise never takes anyone off the list', () => {
    const suggestions = suggestForPraiseRound({ attendees, viewerId: 'hiroshi', occurrences: [week(4)], praise: [praise('priya', 4, 'private')] });
    expect(suggestions.map((s) => s.userId)).toContain('priya');
  });

  it('praise older than the window, and team praise, do not count', () => {
    const team: PraiseRecord = { recipient: { kind: 'team' }, visibility: 'public', occurrenceStart: week(4) };
    const suggestions = suggestForPraiseRound({ attendees, viewerId: 'hiroshi', occurrences: [week(4), week(3)], praise: [praise('mateus', 1), team] });
    expect(suggestions.map((s) => s.userId)).toEqual(['lucia', 'mateus', 'priya']);
  });
});
