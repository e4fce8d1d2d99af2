import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE, toMeetingRow, type OccurrenceFigures } from '../../../server/domain/reports';
import { scoreBalance } from '../../../server/domain/transcript';
import { aMeeting, readyTranscript, someFigures } from './report-fixtures';

describe('a meeting row', () => {
  it('carries the calendar event as it is, with its scheduled length', () => {
    const row = toMeetingRow(aMeeting(), someFigures());
    expect(row).toMatchObject({
      eventId: 'evt-1',
      seriesMasterId: 'master-1',
      subject: 'Team sync',
      organizer: { name: 'Adele Vance', email: 'adele@contoso.example' },
      viewerIsOrganizer: true,
      start: '2026-03-02T09:00:00.000Z',
      end: '2026-03-02T09:30:00.000Z',
      scheduledMs: 30 * 60_000,
      outlookLink: 'https://outlook.office365.com/owa/?itemid=evt-1',
      status: 'resolved',
    });
  });

  it('links the meeting chat with a Teams deep link, its thread id encoded', () => {
    expect(toMeetingRow(aMeeting(), null).chatLink).toBe('https://teams.microsoft.com/l/chat/19%3Ameeting_abc%40thread.v2/0');
    const noChat = aMeeting({ teams: { status: 'resolved', onlineMeetingId: 'om-1', chatId: null } });
    expect(toMeetingRow(noChat, null).chatLink).toBeNull();
  });

  it.each(['not_online', 'unavailable'] as const)('lists a %s meeting with empty figures, whatever the store says', (status) => {
    const figures = someFigures({ transcript: readyTranscript(), praise: { public: 3 } });
    const row = toMeetingRow(aMeeting({ teams: { status } }), figures);
    expect(row.status).toBe(status);
    expect(row).toMatchObject({ chatLink: null, actualMs: null, pulse: null, praise: { public: 0 } });
    expect(row.checkin).toEqual({ held: false, answers: 0, attendees: null, participation: null });
    expect(row.speaking).toEqual({ source: 'none', missing: null, entropy: null, topShare: null, heard: null, attendees: null });
  });

  it('takes speaking figures from the transcript when it was ingested, counted against the attendance report', () => {
    const row = toMeetingRow(aMeeting(), someFigures({ transcript: readyTranscript(), tracker: { participants: 3, talkMs: [100, 900], firstStartMs: 0, lastEndMs: 60_000 } }));
    expect(row.speaking).toEqual({ source: 'transcript', missing: null, entropy: 0.8, topShare: 0.4, heard: 4 / 6, attendees: 6 });
    expect(row.actualMs).toBe(1_500_000);
  });

  it('falls back to the live tracker, scoring the attendees who never spoke with 0', () => {
    const tracker = { participants: 4, talkMs: [60_000, 20_000], firstStartMs: 1_000, lastEndMs: 1_801_000 };
    const row = toMeetingRow(aMeeting(), someFigures({ transcript: { state: 'no_transcript' }, tracker }));
    const expected = scoreBalance([60_000, 20_000, 0, 0].map((talkMs) => ({ talkMs, turns: 0 })));
    expect(row.speaking).toEqual({ source: 'tracker', missing: null, entropy: expected.entropy, topShare: 0.75, heard: 0.5, attendees: 4 });
    expect(row.actualMs).toBe(1_800_000);
  });

  it('says why there are no speaking figures', () => {
    const missing = (figures: OccurrenceFigures | null) => toMeetingRow(aMeeting(), figures).speaking;
    expect(missing(someFigures({ transcript: { state: 'no_transcript' } }))).toMatchObject({ source: 'none', missing: 'no_transcript' });
    expect(missing(someFigures({ transcript: { state: 'attribution_disabled' } }))).toMatchObject({ source: 'none', missing: 'attribution_disabled' });
    expect(missing(someFigures())).toMatchObject({ source: 'none', missing: 'not_yet' });
    expect(missing(null)).toMatchObject({ source: 'none', missing: 'not_yet', attendees: 8 });
    const silentTracker = { participants: 3, talkMs: [0, 0], firstStartMs: null, lastEndMs: null };
    expect(missing(someFigures({ transcript: { state: 'no_transcript' }, tracker: silentTracker }))).toMatchObject({ source: 'none', missing: 'no_transcript' });
  });

  it('counts attendees from the attendance report, else the tracker, else the invite', () => {
    const attendees = (figures: OccurrenceFigures | null, invitees = 8) => toMeetingRow(aMeeting({ invitees }), figures).checkin.attendees;
    const tracker = { participants: 5, talkMs: [], firstStartMs: null, lastEndMs: null };
    expect(attendees(someFigures({ transcript: readyTranscript({ peopleCounted: 6 }), tracker }))).toBe(6);
    expect(attendees(someFigures({ transcript: readyTranscript({ roster: 'invitees', peopleCounted: 3 }), tracker }))).toBe(5);
    expect(attendees(someFigures({ transcript: readyTranscript({ roster: 'invitees', peopleCounted: 3 }) }))).toBe(8);
    expect(attendees(someFigures(), 0)).toBeNull();
  });

  it('reads check-in participation as answers over attendees, at most 1, and only where a check-in was held', () => {
    const participation = (checkin: Partial<OccurrenceFigures['checkin']>, invitees = 8) =>
      toMeetingRow(aMeeting({ invitees }), someFigures({ checkin })).checkin;
    expect(participation({ held: true, answers: 6 })).toEqual({ held: true, answers: 6, attendees: 8, participation: 0.75 });
    expect(participation({ held: true, answers: 11 }).participation).toBe(1);
    expect(participation({ held: true, answers: 3 }, 0).participation).toBeNull();
    expect(participation({ held: false, answers: 0 }).participation).toBeNull();
  });

  it('shows a pulse scale only with five respondents behind it', () => {
    const pulseOf = (people: number, freedom: number | null = 3.6) =>
      toMeetingRow(aMeeting(), someFigures({ checkin: { pulse: { people, freedom, inclusion: 4.2 } } })).pulse;
    expect(pulseOf(4)).toEqual({ freedom: { shown: false, people: 4 }, inclusion: { shown: false, people: 4 } });
    expect(pulseOf(5)).toEqual({ freedom: { shown: true, value: 3.6, people: 5 }, inclusion: { shown: true, value: 4.2, people: 5 } });
    expect(pulseOf(7, null)?.freedom).toEqual({ shown: false, people: 7 });
    expect(toMeetingRow(aMeeting(), someFigures()).pulse).toBeNull();
  });

  it('counts public praise only', () => {
    expect(toMeetingRow(aMeeting(), someFigures({ praise: { public: 2, private: 9 } })).praise).toEqual({ public: 2 });
  });
});

const trackerArb = fc.option(
  fc.record({
    participants: fc.nat({ max: 30 }),
    talkMs: fc.array(fc.nat({ max: 3_600_000 }), { maxLength: 30 }),
    firstStartMs: fc.option(fc.nat({ max: 1e9 })),
    lastEndMs: fc.option(fc.nat({ max: 1e9 })),
  }),
);
const ratioArb = fc.option(fc.double({ min: 0, max: 1, noNaN: true }));
const figuresArb = fc.record({
  held: fc.boolean(),
  answers: fc.nat({ max: 60 }),
  pulse: fc.option(fc.record({ people: fc.nat({ max: 40 }), freedom: fc.option(fc.double({ min: 1, max: 5, noNaN: true })), inclusion: fc.option(fc.double({ min: 1, max: 5, noNaN: true })) })),
  state: fc.constantFrom('ready', 'no_transcript', 'attribution_disabled', null),
  entropy: ratioArb,
  topShare: ratioArb,
  peopleCounted: fc.option(fc.nat({ max: 40 })),
  peopleHeard: fc.option(fc.nat({ max: 40 })),
  roster: fc.constantFrom('attendance', 'invitees', null),
  tracker: trackerArb,
});

describe('meeting rows, whatever the store holds', () => {
  it('keep every share between 0 and 1 and never show a pulse fewer than five people gave', () => {
    fc.assert(
      fc.property(figuresArb, fc.nat({ max: 50 }), (input, invitees) => {
        const figures = someFigures({
          checkin: { held: input.held, answers: input.answers, pulse: input.pulse },
          transcript: { state: input.state as OccurrenceFigures['transcript']['state'], entropy: input.entropy, topShare: input.topShare, peopleCounted: input.peopleCounted, peopleHeard: input.peopleHeard, roster: input.roster as OccurrenceFigures['transcript']['roster'], durationMs: null },
          tracker: input.tracker,
        });
        const row = toMeetingRow(aMeeting({ invitees }), figures);
        for (const share of [row.checkin.participation, row.speaking.heard, row.speaking.entropy, row.speaking.topShare]) {
          if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
        }
        for (const scale of [row.pulse?.freedom, row.pulse?.inclusion]) {
          if (scale?.shown) expect(scale.people).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
          if (scale && !scale.shown) expect('value' in scale).toBe(false);
        }
        expect(row.speaking.source === 'none').toBe(row.speaking.missing !== null);
        expect(row.speaking.attendees).toBe(row.checkin.attendees);
      }),
    );
  });
});
