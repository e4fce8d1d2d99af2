// The three demo series' stories, told so that the reports have something to say (the emulator's history-plans.ts
// lays out the same series in the calendar):
// - "Product staff meeting" (Amara Okafor, the leader): one voice dominates — hers, in the transcripts and the live
//   tracker alike; check-in participation falls over the last month (so the late pulses have fewer than five answers);
//   the need for freedom rises; public praise goes to the same two people.
// - "Research and design review" (Priya Raman, a report): well balanced — the floor goes round, almost everyone checks
//   in, the anonymous pulse has five or more answers in most weeks, praise is spread across the room.
// - "Platform standup" (Kwame Asante, a report): never transcribed, so the live tracker gives its figures in the last
//   six weeks (one person rarely speaks); energy check-ins most weeks, none in some.
import { chance } from './demo-random';
import { presentAs, type PraiseIntent, type SeriesScript, type StoryOccurrence } from './history-story';
import { scaleAround } from './story-texts';

const PULSE = 'pulse.freedomInclusion';
const fromEnd = (o: StoryOccurrence): number => o.weeks - 1 - o.week;
const cycle = <T>(items: readonly T[], index: number): T => items[((index % items.length) + items.length) % items.length] as T;

const staffMeeting: SeriesScript = {
  subject: 'Product staff meeting',
  organizer: 'amara.okafor',
  question: (o) => (o.week % 2 === 0 ? { promptId: PULSE, anonymous: true } : { promptId: cycle(['mood.weather', 'roseBudThorn.week', 'need.today', 'mood.oneWord', 'successStruggle.week', 'mood.headline'], (o.week - 1) / 2), anonymous: false }),
  // Everyone (now and then all but one) until the last month, then fewer each week: 4, 3, 3, 2.
  answerers: (o) => (fromEnd(o) < 4 ? ([2, 3, 3, 4][fromEnd(o)] ?? 2) : o.present.length - (chance(o.subject, String(o.week), 'skip') < 0.4 ? 1 : 0)),
  scales: (o, person, promptId): Record<string, number> =>
    promptId === PULSE
      ? { freedom: scaleAround(2 + (2 * o.week) / o.weeks, o.subject, String(o.week), person.userId, 'freedom'), inclusion: scaleAround(3, o.subject, String(o.week), person.userId, 'inclusion') }
      : { energy: scaleAround(3, o.subject, String(o.week), person.userId) },
  praise: (o) => [
    { giver: o.organizer, recipient: presentAs(o, o.week % 3 === 2 ? 'priya.raman' : 'hiroshi.tanaka'), visibility: 'public' },
    ...(o.week % 4 === 1 ? [{ giver: presentAs(o, 'priya.raman'), recipient: presentAs(o, 'hiroshi.tanaka'), visibility: 'public' as const }] : []),
    ...([4, 9, 13].includes(o.week) ? [{ giver: o.organizer, recipient: presentAs(o, 'aroha.ngata'), visibility: 'private' as const }] : []),
    ...(o.week === 6 ? [{ giver: presentAs(o, 'mei.lin'), recipient: presentAs(o, 'ingrid.johansson'), visibility: 'private' as const }] : []),
    ...(o.week === 10 ? [{ giver: presentAs(o, 'hiroshi.tanaka'), recipient: 'team' as const, visibility: 'public' as const }] : []),
  ],
  // The tracker ran in the second half of the quarter when nobody transcribed: the organizer still holds the floor.
  trackerWeights: (o) => (o.week >= o.weeks / 2 ? (person) => (person.userId === o.organizer.userId ? 6 : 1) : null),
};

const designReview: SeriesScript = {
  subject: 'Research and design review',
  organizer: 'priya.raman',
  question: (o) => (o.week % 2 === 1 ? { promptId: PULSE, anonymous: true } : { promptId: cycle(['successStruggle.week', 'need.gladYouCame', 'roseBudThorn.project', 'mood.colour'], o.week / 2), anonymous: false }),
  // Nearly everyone, but for two weeks the pulse had too few answers to show.
  answerers: (o) => ([3, 9].includes(o.week) ? 4 : o.present.length - (chance(o.subject, String(o.week), 'skip') < 0.3 ? 1 : 0)),
  scales: (o, person, promptId): Record<string, number> =>
    promptId === PULSE
      ? { freedom: scaleAround(2, o.subject, String(o.week), person.userId, 'freedom'), inclusion: scaleAround(2, o.subject, String(o.week), person.userId, 'inclusion') }
      : { energy: scaleAround(4, o.subject, String(o.week), person.userId) },
  // Two or three people praise each week, each time someone else: praise spreads across the room.
  praise: (o) => {
    const count = 2 + (chance(o.subject, String(o.week), 'praise count') < 0.5 ? 1 : 0);
    const intents: PraiseIntent[] = Array.from({ length: count }, (_, index) => {
      const recipient = cycle(o.present, o.week * 3 + index);
      const giver = cycle(o.present, o.week * 3 + index + 1 + Math.floor(chance(o.subject, String(o.week), String(index)) * (o.present.length - 1)));
      return { giver, recipient, visibility: 'public' };
    });
    if (o.week % 5 === 2) intents.push({ giver: cycle(o.present, o.week), recipient: cycle(o.present, o.week + 2), visibility: 'private' });
    if (o.week === 8) intents.push({ giver: o.organizer, recipient: 'team', visibility: 'public' });
    return intents;
  },
  trackerWeights: (o) => (person) => 0.8 + 0.4 * chance(o.subject, String(o.week), person.userId, 'floor'),
};

const platformStandup: SeriesScript = {
  subject: 'Platform standup',
  organizer: 'kwame.asante',
  question: (o) => (o.week % 5 === 2 ? null : { promptId: cycle(['energy.level', 'energy.focus', 'energy.momentum', 'energy.battery'], o.week), anonymous: false }),
  answerers: (o) => 3 + Math.floor(chance(o.subject, String(o.week), 'answerers') * 3),
  scales: (o, person) => ({ energy: scaleAround(3.5, o.subject, String(o.week), person.userId) }),
  praise: (o) => {
    if (![3, 9, 14].includes(o.week)) return [];
    const recipient = presentAs(o, 'dmitri.volkov') ?? presentAs(o, 'fatima.alsayed');
    const extra = o.week === 9 ? [{ giver: presentAs(o, 'jonas.weber'), recipient: presentAs(o, 'mateus.silva'), visibility: 'public' as const }] : [];
    return [{ giver: o.organizer, recipient, visibility: 'public' as const }, ...extra];
  },
  // Never transcribed; the tracker ran in the last six weeks. Dmitri rarely takes the floor, and not at all every other week.
  trackerWeights: (o) =>
    fromEnd(o) < 6
      ? (person) => {
          if (person.email.toLowerCase().startsWith('dmitri.volkov@')) return o.week % 2 === 0 ? 0 : 0.3;
          return person.userId === o.organizer.userId ? 1.5 : 1;
        }
      : null,
};

export const SERIES_SCRIPTS: readonly SeriesScript[] = [staffMeeting, designReview, platformStandup];
