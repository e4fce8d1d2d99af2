import { describe, expect, it } from 'vitest';
import { rosterFromAttendance, rosterFromInvitees } from '../../../../server/domain/speakers/build-roster';
import type { AttendanceRecord } from '../../../../server/domain/speakers/types';

const record = (displayName: string, userId: string | null, joinedAt: string, leftAt: string, email: string | null = null): AttendanceRecord => ({
  userId,
  displayName,
  email,
  role: 'Attendee',
  intervals: [{ joinedAt, leftAt }],
});

describe('who the speakers are matched against', () => {
  it('merges one person’s records across the reports of a restarted meeting', () => {
    const roster = rosterFromAttendance([
      [record('Mateus Silva', 'mateus', '2025-03-04T10:01:00Z', '2025-03-04T10:20:00Z'), record('Ana (Guest)', null, '2025-03-04T10:02:00Z', '2025-03-04T10:20:00Z')],
      [record('Mateus Silva', 'mateus', '2025-03-04T10:25:00Z', '2025-03-04T10:59:00Z'), record('Ana (Guest)', null, '2025-03-04T10:26:00Z', '2025-03-04T10:58:00Z')],
    ]);
    expect(roster.kind).toBe('attendance');
    expect(roster.entries).toHaveLength(2);
    expect(roster.entries.find((e) => e.userId === 'mateus')?.presence).toEqual([
      { startMs: Date.parse('2025-03-04T10:01:00Z'), endMs: Date.parse('2025-03-04T10:20:00Z') },
      { startMs: Date.parse('2025-03-04T10:25:00Z'), endMs: Date.parse('2025-03-04T10:59:00Z') },
    ]);
    expect(roster.entries.find((e) => e.userId === null)?.presence).toHaveLength(2);
  });

  it('keeps two anonymous people with one name in one report as two', () => {
    const roster = rosterFromAttendance([[record('Phone user', null, '2025-03-04T10:01:00Z', '2025-03-04T10:20:00Z'), record('Phone user', null, '2025-03-04T10:05:00Z', '2025-03-04T10:30:00Z')]]);
    expect(roster.entries).toHaveLength(2);
  });

  it('is the same roster whatever order Graph listed the records in', () => {
    const records = [record('Priya Raman', 'priya', '2025-03-04T10:01:00Z', '2025-03-04T10:50:00Z'), record('Aroha Ngata', 'aroha', '2025-03-04T10:03:00Z', '2025-03-04T10:55:00Z')];
    expect(rosterFromAttendance([records])).toEqual(rosterFromAttendance([[...records].reverse()]));
  });

  it('without a report, the organizer and invitees by name, rooms left out', () => {
    const roster = rosterFromInvitees({ name: 'Hiroshi Tanaka', email: 'hiroshi@contoso.example' }, [
      { name: 'Aroha Ngata', email: 'aroha@contoso.example', type: 'required', response: 'accepted' },
      { name: 'Room 4', email: 'room4@contoso.example', type: 'resource', response: 'accepted' },
      { name: 'Hiroshi Tanaka', email: 'HIROSHI@contoso.example', type: 'optional', response: 'none' },
    ]);
    expect(roster).toEqual({
      kind: 'invitees',
      entries: [
        { userId: null, displayName: 'Aroha Ngata', email: 'aroha@contoso.example', presence: [] },
        { userId: null, displayName: 'Hiroshi Tanaka', email: 'hiroshi@contoso.example', presence: [] },
      ],
    });
  });
});
