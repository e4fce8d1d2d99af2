// Sends what the outbox holds, as Graph's webhook channel does: one POST of JSON per delivery, the receiver given 3
// seconds to answer 2xx; otherwise tried again later (1, 2, 4 … minutes of the emulator's clock) for up to four
// hours, then dropped. Before sending, subscriptions within an hour of expiry that asked for lifecycle notifications
// get a reauthorizationRequired (every 15 minutes at most), and expired ones are removed.
import type { EmulatorContext } from '../context';
import { HOUR, MINUTE } from '../time';
import { lifecycleBody } from './change-notification';
import { enqueueNotification, publishDueArtifacts, removeExpiredSubscriptions } from './publish';
import type { DeliveryRecord, OutboxItem } from './state';

const RESPONSE_TIMEOUT_MS = 3000;
const GIVE_UP_AFTER_MS = 4 * HOUR;
const REAUTHORIZE_BEFORE_MS = HOUR;
const REAUTHORIZE_EVERY_MS = 15 * MINUTE;

const noticeExpiringSubscriptions = (ctx: EmulatorContext): void => {
  const now = ctx.now().getTime();
  for (const subscription of ctx.store.subscriptions.values()) {
    const life = ctx.store.notifications.subscriptions.get(subscription.id);
    const url = subscription.lifecycleNotificationUrl;
    if (!life || typeof url !== 'string' || Date.parse(subscription.expirationDateTime) - now > REAUTHORIZE_BEFORE_MS) continue;
    if (life.lastReauthorizationNoticeAt && now - life.lastReauthorizationNoticeAt.getTime() < REAUTHORIZE_EVERY_MS) continue;
    life.lastReauthorizationNoticeAt = ctx.now();
    enqueueNotification(ctx, url, lifecycleBody(ctx, subscription, 'reauthorizationRequired'));
  }
};

const post = async (ctx: EmulatorContext, item: OutboxItem): Promise<number | null> => {
  try {
    const response = await ctx.fetch(
      new Request(item.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify(item.body),
        signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
      }),
    );
    await response.body?.cancel();
    return response.status;
  } catch {
    return null;
  }
};

const attempt = async (ctx: EmulatorContext, item: OutboxItem): Promise<DeliveryRecord> => {
  const status = await post(ctx, item);
  const now = ctx.now();
  const record = { url: item.url, body: item.body, status, at: now };
  ctx.store.notifications.log.push(record);
  const state = ctx.store.notifications;
  const isDone = status !== null && status >= 200 && status < 300;
  item.attempts += 1;
  if (isDone || now.getTime() - item.firstAttemptAt.getTime() >= GIVE_UP_AFTER_MS) state.outbox = state.outbox.filter((other) => other !== item);
  else item.nextAttemptAt = new Date(now.getTime() + Math.min(MINUTE * 2 ** (item.attempts - 1), 30 * MINUTE));
  return record;
};

/** One delivery round: publish what is due, lifecycle notices, then every due POST. Returns what was sent. */
export const deliverNotifications = async (ctx: EmulatorContext): Promise<DeliveryRecord[]> => {
  publishDueArtifacts(ctx);
  removeExpiredSubscriptions(ctx);
  noticeExpiringSubscriptions(ctx);
  const now = ctx.now().getTime();
  const due = ctx.store.notifications.outbox.filter((item) => item.nextAttemptAt.getTime() <= now);
  const records: DeliveryRecord[] = [];
  for (const item of due) records.push(await attempt(ctx, item));
  return records;
};
