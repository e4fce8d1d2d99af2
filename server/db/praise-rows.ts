// Row ↔ StoredPraise for the praise tables (shared by the praise store and the outbox store).
import { eq, and } from 'drizzle-orm';
import type { JobState } from '../domain/praise';
import type { StoredPraise } from '../services/praise/praise-ports';
import { praise, praiseDeliveryJobs } from './tables';

export type PraiseRow = typeof praise.$inferSelect;
export type JobRow = typeof praiseDeliveryJobs.$inferSelect;

export const praiseColumns = {
  praise,
  job: { kind: praiseDeliveryJobs.kind, state: praiseDeliveryJobs.state, lastError: praiseDeliveryJobs.lastError },
};

/** Each praise joined with its one delivery job. */
export const jobOfPraise = and(eq(praiseDeliveryJobs.tenantId, praise.tenantId), eq(praiseDeliveryJobs.praiseId, praise.praiseId));

export const toStoredPraise = (row: PraiseRow, job: Pick<JobRow, 'kind' | 'state' | 'lastError'>): StoredPraise => ({
  tenantId: row.tenantId,
  id: row.praiseId,
  onlineMeetingId: row.onlineMeetingId,
  occurrenceStart: row.occurrenceStart,
  eventSubject: row.eventSubject,
  giverEventId: row.giverEventId,
  giver: { userId: row.giverId, displayName: row.giverName },
  recipient: row.recipientKind === 'person' ? { kind: 'person', userId: row.recipientId ?? '', displayName: row.recipientName ?? '' } : { kind: 'team' },
  valueId: row.valueId,
  valueLabel: row.valueLabel,
  message: row.message,
  requestedVisibility: row.requestedVisibility,
  visibility: row.visibility,
  notice: row.notice,
  createdAt: row.createdAt,
  job: { kind: job.kind, state: job.state as JobState, lastError: job.lastError },
});
