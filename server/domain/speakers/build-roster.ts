// Who the speakers are matched against. With attendance reports: everyone who attended the occurrence (records of
// all its reports merged per person, so a meeting restarted after a drop counts each person once). Without: the
// invitees, by name only — nobody is then known to have attended in silence.
import type { Attendee, Person } from '../meeting';
import type { AttendanceRecord, Roster, RosterEntry } from './types';

const byIdentity = (a: RosterEntry, b: RosterEntry): number => {
  const key = (entry: RosterEntry) => [entry.userId ?? '\uffff', entry.email?.toLowerCase() ?? '\uffff', entry.displayName, String(entry.presence[0]?.startMs ?? 0)];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) {
    const left = x[i] as string;
    const right = y[i] as string;
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
};

const identityOf = (record: AttendanceRecord): string | null =>
  record.userId ? `user:${record.userId}` : record.email ? `email:${record.email.toLowerCase()}` : null;

/**
 * Everyone in the occurrence's attendance reports (one array of records per report), in a canonical order so the same
 * attendance always yields the same roster. People with neither id nor email (anonymous and phone guests) are joined
 * across reports by display name, but two of them in one report stay two people.
 */
export const rosterFromAttendance = (reports: readonly (readonly AttendanceRecord[])[]): Roster => {
  const entries: RosterEntry[] = [];
  const known = new Map<string, RosterEntry>();
  const anonymous = new Map<string, { entry: RosterEntry; reports: Set<number> }[]>();
  reports.forEach((records, reportIndex) => {
    for (const record of records) {
      const presence = record.intervals.map((interval) => ({ startMs: Date.parse(interval.joinedAt), endMs: Date.parse(interval.leftAt) }));
      const identity = identityOf(record);
      let entry = identity ? known.get(identity) : undefined;
      if (!identity) {
        const namesakes = anonymous.get(record.displayName) ?? [];
        const earlier = namesakes.find((namesake) => !namesake.reports.has(reportIndex));
        earlier?.reports.add(reportIndex);
        entry = earlier?.entry;
        if (!entry) {
          entry = { userId: null, displayName: record.displayName, email: null, presence: [] };
          anonymous.set(record.displayName, [...namesakes, { entry, reports: new Set([reportIndex]) }]);
          entries.push(entry);
        }
      } else if (!entry) {
        entry = { userId: record.userId, displayName: record.displayName, email: record.email, presence: [] };
        known.set(identity, entry);
        entries.push(entry);
      }
      entry.presence.push(...presence);
      if (!entry.displayName) entry.displayName = record.displayName;
      entry.email ??= record.email;
    }
  });
  for (const entry of entries) entry.presence.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  return { kind: 'attendance', entries: entries.sort(byIdentity) };
};

/** The organizer and the invited people (rooms and equipment left out), when no attendance report exists. */
export const rosterFromInvitees = (organizer: Person, attendees: readonly Attendee[]): Roster => {
  const seen = new Set<string>();
  const entries: RosterEntry[] = [];
  for (const person of [organizer, ...attendees.filter((attendee) => attendee.type !== 'resource')]) {
    const email = person.email.toLowerCase();
    if (!person.name && !email) continue;
    if (email && seen.has(email)) continue;
    seen.add(email);
    entries.push({ userId: null, displayName: person.name || person.email, email: person.email || null, presence: [] });
  }
  return { kind: 'invitees', entries: entries.sort(byIdentity) };
};
