// Tells a meeting's panels when a public praise's delivery changes (`praise.delivery`). Private praise is never
// announced: even its existence is the recipient's and the giver's business only.
import { liveStreamOf } from '../../domain/meeting';
import { deliveryOf, type JobState } from '../../domain/praise';
import type { LiveEvents } from '../../services/ports';
import type { StoredPraise } from '../../services/praise/praise-ports';

export const publishDelivery = async (live: LiveEvents, praise: StoredPraise, job: { state: JobState; lastError: string | null }): Promise<void> => {
  if (praise.visibility !== 'public') return;
  const stream = liveStreamOf({ onlineMeetingId: praise.onlineMeetingId, start: praise.occurrenceStart.toISOString() });
  if (!stream) return;
  await live.publish(praise.tenantId, stream, 'praise.delivery', { id: praise.id, delivery: deliveryOf(job, praise.recipient) });
};
