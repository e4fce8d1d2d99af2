// Teams publishes a meeting's transcript and attendance report once the meeting ends: artifacts whose time has come
// move from `upcoming` into the store (listable from then on), and every subscription that covers the transcript —
// the organizer's users/{id}/onlineMeetings/getAllTranscripts, the tenant's communications/onlineMeetings/
// getAllTranscripts, or the meeting's own …/{id}/transcripts — gets a change notification queued, but only if it
// existed before transcription started, as Graph documents. Subscriptions past their expiry are removed, as Graph does.
import type { EmulatorContext } from '../context';
import { findPerson } from '../graph/target';
import type { OnlineMeeting, Subscription, Transcript } from '../store/types';
import { transcriptCreatedBody } from './change-notification';
import type { UpcomingArtifacts } from './state';

const isLive = (ctx: EmulatorContext, subscription: Subscription): boolean => Date.parse(subscription.expirationDateTime) > ctx.now().getTime();

/** Forgets subscriptions whose expiry has passed (Graph deletes them; renewing one then answers 404). */
export const removeExpiredSubscriptions = (ctx: EmulatorContext): void => {
  for (const subscription of [...ctx.store.subscriptions.values()]) {
    if (isLive(ctx, subscription)) continue;
    ctx.store.subscriptions.delete(subscription.id);
    ctx.store.notifications.subscriptions.delete(subscription.id);
  }
};

const covers = (ctx: EmulatorContext, resource: string, meeting: OnlineMeeting): boolean => {
  const path = resource.replace(/^\//, '');
  const byUser = /^users\/([^/]+)\/onlineMeetings\/getAllTranscripts$/i.exec(path);
  if (byUser) return findPerson(ctx, decodeURIComponent(byUser[1] ?? ''))?.id === meeting.organizerId;
  if (/^communications\/onlineMeetings\/getAllTranscripts(\(.*\))?$/i.test(path)) return true;
  const byMeeting = /^communications\/onlineMeetings\/([^/]+)\/transcripts$/i.exec(path);
  return byMeeting !== null && decodeURIComponent(byMeeting[1] ?? '') === meeting.id;
};

const subscribersOf = (ctx: EmulatorContext, meeting: OnlineMeeting, transcript: Transcript): Subscription[] =>
  [...ctx.store.subscriptions.values()].filter((subscription) => {
    const life = ctx.store.notifications.subscriptions.get(subscription.id);
    const changeTypes = String(subscription.changeType).split(',').map((type) => type.trim());
    return (
      isLive(ctx, subscription) &&
      changeTypes.includes('created') &&
      life !== undefined &&
      life.createdAt.getTime() <= transcript.createdDateTime.getTime() &&
      covers(ctx, String(subscription.resource), meeting)
    );
  });

export const enqueueNotification = (ctx: EmulatorContext, url: string, body: Record<string, unknown>): void => {
  const now = ctx.now();
  ctx.store.notifications.outbox.push({ url, body, firstAttemptAt: now, nextAttemptAt: now, attempts: 0 });
};

const publish = (ctx: EmulatorContext, artifacts: UpcomingArtifacts): void => {
  ctx.store.transcripts.push(artifacts.transcript);
  ctx.store.attendanceReports.push(artifacts.attendanceReport);
  const meeting = ctx.store.onlineMeetings.get(artifacts.transcript.onlineMeetingId);
  if (!meeting) return;
  for (const subscription of subscribersOf(ctx, meeting, artifacts.transcript)) {
    enqueueNotification(ctx, String(subscription.notificationUrl), transcriptCreatedBody(ctx, subscription, meeting, artifacts.transcript));
  }
};

/** Publishes every artifact whose meeting has ended by now. Cheap when nothing is due: run before each Graph request. */
export const publishDueArtifacts = (ctx: EmulatorContext): void => {
  removeExpiredSubscriptions(ctx);
  const now = ctx.now().getTime();
  const state = ctx.store.notifications;
  const due = state.upcoming.filter((artifacts) => artifacts.availableAt.getTime() <= now);
  if (due.length === 0) return;
  state.upcoming = state.upcoming.filter((artifacts) => !due.includes(artifacts));
  for (const artifacts of due) publish(ctx, artifacts);
};

/** Ends an occurrence early (the demo's "end meeting"): its artifacts are published now. Default: the one in progress. */
export const publishOccurrenceNow = (ctx: EmulatorContext, occurrenceStart?: Date): Transcript | null => {
  const now = ctx.now().getTime();
  const state = ctx.store.notifications;
  const started = state.upcoming
    .filter((artifacts) => (occurrenceStart ? artifacts.transcript.occurrenceStart.getTime() === occurrenceStart.getTime() : artifacts.transcript.occurrenceStart.getTime() <= now))
    .sort((a, b) => a.transcript.occurrenceStart.getTime() - b.transcript.occurrenceStart.getTime());
  const chosen = started[0];
  if (!chosen) return null;
  state.upcoming = state.upcoming.filter((artifacts) => artifacts !== chosen);
  publish(ctx, chosen);
  return chosen.transcript;
};
