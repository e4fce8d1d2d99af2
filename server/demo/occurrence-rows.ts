// Turns one occurrence's story (history-story.ts) into the rows the demo history store writes: ids derived from the
// occurrence (so a second run finds them and writes nothing), anonymous answers keyed like live ones, praise with
// its delivery, tracker turns keyed by each person's address as the live tracker keys them.
import { MIN_ANSWERS_TO_REVEAL } from '../domain/checkin-round';
import { participantIdOf } from '../domain/turns';
import type { HistoricAnswer, HistoricPraise, HistoricRound, HistoricTrackerSession, OccurrenceRef } from '../db/demo-history-store';
import { anonymousKeyOf } from '../services/checkin/anonymous-key';
import { uuidFrom } from './demo-random';
import type { StoryCheckin, StoryPerson, StoryPraise, StoryTracker } from './history-story';

const SECOND = 1000;

const idParts = (ref: OccurrenceRef, ...more: string[]): string[] => [ref.tenantId, ref.onlineMeetingId, ref.occurrenceStart.toISOString(), ...more];

export const roundRows = (ref: OccurrenceRef, checkin: StoryCheckin, anonymousAnswerKey: string): { round: HistoricRound; answers: HistoricAnswer[] } => {
  const roundId = uuidFrom(...idParts(ref, 'round'));
  const times = checkin.answers.map((a) => a.at.getTime());
  const openedAt = new Date((times.length > 0 ? Math.min(...times) : ref.occurrenceStart.getTime() + 90 * SECOND) - 30 * SECOND);
  const closedAt = new Date((times.length > 0 ? Math.max(...times) : openedAt.getTime()) + 40 * SECOND);
  const answers: HistoricAnswer[] = checkin.answers.map(({ person, content, at }) => ({
    submissionId: uuidFrom(...idParts(ref, 'answer', person.userId)),
    author: checkin.anonymous ? null : { id: person.userId, name: person.name },
    anonymousKey: checkin.anonymous ? anonymousKeyOf(anonymousAnswerKey, roundId, person.userId) : null,
    text: content.text,
    scales: content.scales,
    at,
  }));
  return {
    round: {
      ...ref,
      roundId,
      question: { promptId: checkin.promptId, customQuestion: null, anonymous: checkin.anonymous },
      // The facilitator revealed the anonymous answers once there were enough to reveal.
      revealed: checkin.anonymous && answers.length >= MIN_ANSWERS_TO_REVEAL,
      openedAt,
      closedAt,
    },
    answers,
  };
};

export const praiseId = (ref: OccurrenceRef, index: number): string => uuidFrom(...idParts(ref, 'praise', String(index)));

export const praiseRows = (
  ref: OccurrenceRef,
  meeting: { subject: string; chatId: string },
  praise: StoryPraise[],
  giverEventId: (giver: StoryPerson) => string,
): HistoricPraise[] =>
  praise.map((item, index) => ({
    ...ref,
    praiseId: praiseId(ref, index),
    eventSubject: meeting.subject,
    giverEventId: giverEventId(item.giver),
    giver: { userId: item.giver.userId, displayName: item.giver.name },
    recipient: item.recipient === 'team' ? { kind: 'team' } : { kind: 'person', userId: item.recipient.userId, displayName: item.recipient.name },
    valueId: item.valueId,
    valueLabel: item.valueLabel,
    message: item.message,
    visibility: item.visibility,
    at: item.at,
    delivery:
      item.visibility === 'public' || item.recipient === 'team'
        ? { kind: 'chat_post', target: meeting.chatId }
        : { kind: 'activity_notification', target: item.recipient.userId },
  }));

export const trackerRows = (ref: OccurrenceRef, tracker: StoryTracker): HistoricTrackerSession => ({
  ...ref,
  mode: 'self',
  joined: tracker.joined.map(({ person, at }) => ({ participantId: participantIdOf(person.email), name: person.name, at })),
  turns: tracker.turns.map(({ person, startedAt, endedAt }) => ({ participantId: participantIdOf(person.email), name: person.name, startedAt, endedAt })),
});
