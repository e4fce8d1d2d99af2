// The demo history's story, occurrence by occurrence: who answered the check-in and what, who praised whom, and —
// in meetings without a transcript — how the live turn tracker saw the talk. Pure and deterministic: a series'
// script (series-scripts.ts) decides, seeded by the meeting and the week; nothing here reads or writes anything.
import { DEFAULT_PRAISE_VALUES, labelOf } from '../domain/praise/values';
import { between, shuffled, weightedPick } from './demo-random';
import { answerTo, praiseMessage, type AnswerContent } from './story-texts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export type StoryPerson = { userId: string; name: string; email: string };

export type StoryOccurrence = {
  subject: string;
  /** 0 for the oldest past occurrence. */
  week: number;
  weeks: number;
  start: Date;
  end: Date;
  organizer: StoryPerson;
  /** Who attended, the organizer included. */
  present: StoryPerson[];
  /** Teams transcribed it (its speaking figures come from the transcript). */
  hasTranscript: boolean;
};

export type StoryCheckin = { promptId: string; anonymous: boolean; answers: { person: StoryPerson; content: AnswerContent; at: Date }[] };
export type StoryPraise = { giver: StoryPerson; recipient: StoryPerson | 'team'; valueId: string; valueLabel: string; message: string; visibility: 'public' | 'private'; at: Date };
export type StoryTracker = { joined: { person: StoryPerson; at: Date }[]; turns: { person: StoryPerson; startedAt: Date; endedAt: Date }[] };
export type OccurrenceStory = { checkin: StoryCheckin | null; praise: StoryPraise[]; tracker: StoryTracker | null };

export type PraiseIntent = { giver: StoryPerson | undefined; recipient: StoryPerson | 'team' | undefined; visibility: 'public' | 'private' };

/** How one series goes, week by week. */
export type SeriesScript = {
  subject: string;
  /** The organizer's sign-in name before the @. */
  organizer: string;
  /** The week's check-in question; null: no check-in that week. */
  question(o: StoryOccurrence): { promptId: string; anonymous: boolean } | null;
  /** How many of the people present answered. */
  answerers(o: StoryOccurrence): number;
  /** A person's 1–5 values for a scale prompt (pulse: freedom and inclusion; energy). */
  scales(o: StoryOccurrence, person: StoryPerson, promptId: string): Record<string, number>;
  praise(o: StoryOccurrence): PraiseIntent[];
  /** Each person's share of the floor when the live tracker ran; null: it did not run. */
  trackerWeights(o: StoryOccurrence): ((person: StoryPerson) => number) | null;
};

/** Someone present whose sign-in name starts with `handle@`. */
export const presentAs = (o: StoryOccurrence, handle: string): StoryPerson | undefined => o.present.find((p) => p.email.toLowerCase().startsWith(`${handle}@`));

const salt = (o: StoryOccurrence, ...more: string[]): string[] => [o.subject, String(o.week), ...more];

const tellCheckin = (script: SeriesScript, o: StoryOccurrence): StoryCheckin | null => {
  const question = script.question(o);
  if (!question) return null;
  const count = Math.max(0, Math.min(script.answerers(o), o.present.length));
  let at = o.start.getTime() + between(60, 120, ...salt(o, 'opened')) * SECOND;
  const answers = shuffled(o.present, (p) => p.userId, ...salt(o, 'answerers'))
    .slice(0, count)
    .map((person) => {
      at += between(8, 45, ...salt(o, 'answered', person.userId)) * SECOND;
      return { person, content: answerTo(question.promptId, () => script.scales(o, person, question.promptId), ...salt(o, person.userId)), at: new Date(at) };
    });
  return { ...question, answers };
};

const tellPraise = (script: SeriesScript, o: StoryOccurrence): StoryPraise[] =>
  script
    .praise(o)
    .filter((intent): intent is PraiseIntent & { giver: StoryPerson; recipient: StoryPerson | 'team' } => {
      const { giver, recipient } = intent;
      return giver !== undefined && recipient !== undefined && (recipient === 'team' ? intent.visibility === 'public' : recipient.userId !== giver.userId);
    })
    .map((intent, index) => {
      const value = DEFAULT_PRAISE_VALUES[between(0, DEFAULT_PRAISE_VALUES.length - 1, ...salt(o, 'value', String(index)))] ?? DEFAULT_PRAISE_VALUES[0]!;
      return {
        ...intent,
        valueId: value.id,
        valueLabel: labelOf(value),
        message: praiseMessage(intent.recipient === 'team', ...salt(o, String(index))),
        at: new Date(o.end.getTime() - between(6, 9, ...salt(o, 'praise round')) * MINUTE + index * between(15, 50, ...salt(o, 'praise', String(index))) * SECOND),
      };
    });

/** Turns one after the other from three minutes in until a few minutes before the end, weighted per person. */
const tellTracker = (o: StoryOccurrence, weightOf: (person: StoryPerson) => number): StoryTracker => {
  const joined = o.present
    .map((person) => {
      const isOrganizer = person.userId === o.organizer.userId;
      return { person, at: new Date(o.start.getTime() + between(isOrganizer ? 0 : 20, isOrganizer ? 30 : 150, ...salt(o, 'join', person.userId)) * SECOND) };
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const turns: StoryTracker['turns'] = [];
  const stopAt = o.end.getTime() - 3 * MINUTE;
  let at = o.start.getTime() + 3 * MINUTE;
  let previous: StoryPerson | null = null;
  for (let index = 0; at < stopAt; index += 1) {
    const person = weightedPick(o.present.filter((p) => p !== previous), weightOf, ...salt(o, 'turn', String(index)));
    if (!person) break;
    // Who holds the floor more also holds it longer.
    const lengthMs = between(15, 50, ...salt(o, 'length', String(index))) * SECOND * Math.min(3, Math.max(1, weightOf(person) / 2));
    const endedAt = Math.min(at + lengthMs, stopAt);
    turns.push({ person, startedAt: new Date(at), endedAt: new Date(endedAt) });
    at = endedAt + between(1, 8, ...salt(o, 'pause', String(index))) * SECOND;
    previous = person;
  }
  return { joined, turns };
};

export const tellOccurrence = (script: SeriesScript, o: StoryOccurrence): OccurrenceStory => {
  const weights = o.hasTranscript ? null : script.trackerWeights(o);
  return { checkin: tellCheckin(script, o), praise: tellPraise(script, o), tracker: weights ? tellTracker(o, weights) : null };
};
