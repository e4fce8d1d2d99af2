import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpeakers, type SpeakerVoice } from '../../../../server/domain/speakers/match-speakers';
import { nameKeys } from '../../../../server/domain/speakers/name-keys';
import type { Roster, RosterEntry, TimeSpan } from '../../../../server/domain/speakers/types';

const MINUTE = 60_000;
const at = (fromMinute: number, toMinute: number): TimeSpan => ({ startMs: fromMinute * MINUTE, endMs: toMinute * MINUTE });
const voice = (name: string, ...spans: TimeSpan[]): SpeakerVoice => ({ name, spans: spans.length > 0 ? spans : [at(1, 2)] });
const attendee = (displayName: string, userId: string | null, ...presence: TimeSpan[]): RosterEntry => ({
  userId,
  displayName,
  email: userId ? `${userId}@contoso.example` : null,
  presence,
});
const attendance = (...entries: RosterEntry[]): Roster => ({ kind: 'attendance', entries });

/** Voice name → the user id it was matched to ('guest', 'ambiguous'). */
const matchesOf = (voices: SpeakerVoice[], roster: Roster): Record<string, string> =>
  Object.fromEntries(
    matchSpeakers(voices, roster).flatMap((person) =>
      person.voices.map((name) => [name, person.isGuest ? 'guest' : person.isAmbiguous ? 'ambiguous' : (person.userId ?? person.email ?? '?')]),
    ),
  );

describe('speakers are matched to the people who attended', () => {
  it('by exact display name, then ignoring case, accents and spacing, then without "| Company" and guest tags', () => {
    const roster = attendance(attendee('Lucía Fernández', 'lucia'), attendee('Neil Knapp | Cyberlogic', 'neil'), attendee('Ana Souza', 'ana'), attendee('Jonas Weber', 'jonas'));
    const voices = [voice('Lucía Fernández'), voice('NEIL  KNAPP | cyberlogic'), voice('Ana Souza (Guest)'), voice('jonas weber')];
    expect(matchesOf(voices, roster)).toEqual({ 'Lucía Fernández': 'lucia', 'NEIL  KNAPP | cyberlogic': 'neil', 'Ana Souza (Guest)': 'ana', 'jonas weber': 'jonas' });
  });

  it('an attendee whose report name carries a company still matches the bare speaker name', () => {
    expect(matchesOf([voice('Blessing Bowora')], attendance(attendee('Blessing Bowora | Cyberlogic', 'blessing')))).toEqual({ 'Blessing Bowora': 'blessing' });
  });

  it('a stricter match wins over a looser one, so two people differing only by their suffix stay apart', () => {
    const roster = attendance(attendee('Alex Kim | Contoso', 'contoso'), attendee('Alex Kim | Fabrikam', 'fabrikam'));
    expect(matchesOf([voice('Alex Kim | Fabrikam'), voice('Alex Kim | Contoso')], roster)).toEqual({ 'Alex Kim | Fabrikam': 'fabrikam', 'Alex Kim | Contoso': 'contoso' });
  });

  it('a speaker who matches nobody is a guest, and attendees who never spoke are counted with no voice', () => {
    const people = matchSpeakers([voice('Hiroshi Tanaka'), voice('Dial-in user')], attendance(attendee('Hiroshi Tanaka', 'hiroshi'), attendee('Aroha Ngata', 'aroha')));
    expect(people.map(({ name, userId, isGuest, voices }) => ({ name, userId, isGuest, voices }))).toEqual([
      { name: 'Hiroshi Tanaka', userId: 'hiroshi', isGuest: false, voices: ['Hiroshi Tanaka'] },
      { name: 'Aroha Ngata', userId: 'aroha', isGuest: false, voices: [] },
      { name: 'Dial-in user', userId: null, isGuest: true, voices: ['Dial-in user'] },
    ]);
  });

  it('a second spelling of a name already matched exactly is someone else: a guest, never merged into the attendee', () => {
    const people = matchSpeakers([voice('Lucía Fernández'), voice('Lucia Fernandez')], attendance(attendee('Lucía Fernández', 'lucia')));
    expect(people.map(({ name, userId, isGuest, voices }) => ({ name, userId, isGuest, voices }))).toEqual([
      { name: 'Lucía Fernández', userId: 'lucia', isGuest: false, voices: ['Lucía Fernández'] },
      { name: 'Lucia Fernandez', userId: null, isGuest: true, voices: ['Lucia Fernandez'] },
    ]);
  });

  it('two spellings that match one attendee equally well are both flagged, not guessed', () => {
    const people = matchSpeakers([voice('LUCIA FERNANDEZ'), voice('lucia fernandez')], attendance(attendee('Lucía Fernández', 'lucia', at(0, 60))));
    expect(people.map(({ name, userId, isAmbiguous }) => ({ name, userId, isAmbiguous }))).toEqual([
      { name: 'LUCIA FERNANDEZ', userId: null, isAmbiguous: true },
      { name: 'lucia fernandez', userId: null, isAmbiguous: true },
    ]);
  });

  it('without attendance, invitees are matched by name but nobody is counted as silent', () => {
    const roster: Roster = { kind: 'invitees', entries: [attendee('Priya Raman', null), { ...attendee('Amara Okafor', null), email: 'amara@contoso.example' }] };
    const people = matchSpeakers([voice('Amara Okafor')], roster);
    expect(people.map(({ name, email, isGuest }) => ({ name, email, isGuest }))).toEqual([{ name: 'Amara Okafor', email: 'amara@contoso.example', isGuest: false }]);
  });
});

describe('two people with one display name', () => {
  it('are told apart by who was in the meeting while the voice spoke', () => {
    const roster = attendance(attendee('Alex Kim', 'early', at(0, 20)), attendee('Alex Kim', 'late', at(30, 60)));
    expect(matchesOf([voice('Alex Kim', at(35, 40), at(50, 52))], roster)).toEqual({ 'Alex Kim': 'late' });
    const people = matchSpeakers([voice('Alex Kim', at(35, 40))], roster);
    expect(people.find((p) => p.userId === 'early')).toMatchObject({ voices: [], isAmbiguous: false });
  });

  it('stay two distinct, flagged rows when they cannot be told apart, and neither is named', () => {
    const roster = attendance(attendee('Alex Kim', 'one', at(0, 60)), attendee('Alex Kim', 'two', at(0, 60)), attendee('Priya Raman', 'priya', at(0, 60)));
    const people = matchSpeakers([voice('Alex Kim', at(5, 10)), voice('Priya Raman', at(10, 12))], roster);
    const alexes = people.filter((p) => p.name === 'Alex Kim');
    expect(alexes).toHaveLength(2);
    expect(alexes.every((p) => p.isAmbiguous && p.userId === null && p.email === null)).toBe(true);
    expect(alexes.map((p) => p.voices)).toEqual([['Alex Kim'], []]);
    expect(people.find((p) => p.name === 'Priya Raman')).toMatchObject({ userId: 'priya', isAmbiguous: false });
  });

  it('a namesake left alone after the others were told apart is matched by elimination', () => {
    const roster = attendance(attendee('alex kim', 'lower', at(0, 60)), attendee('Alex Kim', 'upper', at(0, 30)), attendee('ALEX KIM', 'caps', at(0, 60)));
    // Both voices read "Alex Kim" exactly, as only the second attendee is named; the voice at 40–45 min cannot be them
    // (they left at 30), so the other one is theirs. It then folds alike with the two others, whom nothing tells apart.
    const people = matchSpeakers([voice('Alex Kim', at(1, 2)), voice('Alex  Kim', at(40, 45))], roster);
    expect(people.find((p) => p.userId === 'upper')?.voices).toEqual(['Alex Kim']);
    expect(people.filter((p) => p.isAmbiguous)).toHaveLength(2);
  });
});

// Few names, so that namesakes, case variants and suffixes collide often.
const displayName = fc.constantFrom('Alex Kim', 'alex kim', 'Alex Kim | Contoso', 'Ana Souza', 'Ana Souza (Guest)', 'Ana Sóuza', 'Ben Ode', 'Cy');
const span = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 20 })).map(([start, length]) => at(start, start + length));
const rosterArbitrary = fc.record({
  kind: fc.constantFrom<Roster['kind']>('attendance', 'invitees'),
  entries: fc.array(fc.record({ displayName, presence: fc.array(span, { maxLength: 2 }) }), { maxLength: 6 }).map((entries) =>
    entries.map((entry, index) => ({ ...entry, userId: `user-${index}`, email: null })),
  ),
});
const voicesArbitrary = fc.uniqueArray(fc.record({ name: displayName, spans: fc.array(span, { minLength: 1, maxLength: 3 }) }), { selector: (v) => v.name, maxLength: 6 });

describe('matching, whatever the names', () => {
  it('gives every voice to exactly one person, and every key and user id to at most one row', () => {
    fc.assert(
      fc.property(voicesArbitrary, rosterArbitrary, (voices, roster) => {
        const people = matchSpeakers(voices, roster);
        expect(people.flatMap((p) => p.voices).sort()).toEqual(voices.map((v) => v.name).sort());
        expect(new Set(people.map((p) => p.personKey)).size).toBe(people.length);
        const userIds = people.flatMap((p) => (p.userId ? [p.userId] : []));
        expect(new Set(userIds).size).toBe(userIds.length);
      }),
    );
  });

  it('never merges two attendees: with attendance, everyone who attended is counted', () => {
    fc.assert(
      fc.property(voicesArbitrary, rosterArbitrary, (voices, { entries }) => {
        const people = matchSpeakers(voices, { kind: 'attendance', entries });
        expect(people.filter((p) => !p.isGuest).length).toBeGreaterThanOrEqual(entries.length);
        expect(people.filter((p) => !p.isGuest && !p.isAmbiguous && p.voices.length === 0).every((p) => p.userId !== null)).toBe(true);
      }),
    );
  });

  it('a voice written exactly as one attendee’s name, with no namesake at any tier, is that attendee', () => {
    fc.assert(
      fc.property(voicesArbitrary, rosterArbitrary, (voices, roster) => {
        const people = matchSpeakers(voices, roster);
        for (const v of voices) {
          const namesakes = roster.entries.filter((e) => nameKeys(e.displayName).base === nameKeys(v.name).base);
          const exact = roster.entries.filter((e) => e.displayName === v.name);
          if (exact.length !== 1 || namesakes.length !== 1) continue;
          expect(people.find((p) => p.voices.includes(v.name))?.userId).toBe(exact[0]?.userId);
        }
      }),
    );
  });
});
