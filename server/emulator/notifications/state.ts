// The emulator's side of change notifications: artifacts waiting for their meeting to end, when each subscription
// was created (Graph notifies only about transcripts started after that), the outbox of deliveries (retried like
// Graph retries, for up to four hours) and a log of what was delivered (tests and the demo read it).
import type { AttendanceReport, Transcript } from '../store/types';

export type UpcomingArtifacts = { transcript: Transcript; attendanceReport: AttendanceReport; availableAt: Date };

export type SubscriptionLife = { createdAt: Date; lastReauthorizationNoticeAt: Date | null };

export type OutboxItem = { url: string; body: Record<string, unknown>; firstAttemptAt: Date; nextAttemptAt: Date; attempts: number };

/** One POST to a notification URL: what was sent and the status the receiver answered (null: no answer). */
export type DeliveryRecord = { url: string; body: Record<string, unknown>; status: number | null; at: Date };

export type NotificationState = {
  upcoming: UpcomingArtifacts[];
  subscriptions: Map<string, SubscriptionLife>;
  outbox: OutboxItem[];
  log: DeliveryRecord[];
};

export const createNotificationState = (upcoming: UpcomingArtifacts[] = []): NotificationState => ({
  upcoming,
  subscriptions: new Map(),
  outbox: [],
  log: [],
});
