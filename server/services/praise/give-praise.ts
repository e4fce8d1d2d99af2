import { decidePraise, findValue, isSamePraiseRequest, labelOf, MAX_PRAISE_PER_HOUR, type PraiseNotice, type PraiseRecipientChoice, type PraiseVisibility } from '../../domain/praise';
import { AppError } from '../../errors';
import type { VerifiedUser } from '../ports';
import { loadPraiseValues } from './list-praise-values';
import { loadPraiseMeeting } from './load-praise-meeting';
import type { PraiseDeps } from './praise-deps';
import type { StoredPraise } from './praise-ports';
import { toPraiseView, type PraiseView } from './praise-view';

export type GivePraiseOptions = {
  user: VerifiedUser;
  eventId: string;
  praiseId: string;
  praise: { recipient: PraiseRecipientChoice; value: string; message: string; visibility: PraiseVisibility };
};

export type GivenPraise = { created: boolean; praise: PraiseView; notice: PraiseNotice | null };

const HOUR_MS = 3_600_000;

/** A repeated id answers with what is stored when it asks for the same praise; anything else is a conflict. */
const repeatOf = (stored: StoredPraise, options: GivePraiseOptions, occurrence: { onlineMeetingId: string; start: Date }): StoredPraise => {
  const same =
    stored.onlineMeetingId === occurrence.onlineMeetingId &&
    stored.occurrenceStart.getTime() === occurrence.start.getTime() &&
    isSamePraiseRequest(
      { giverId: stored.giver.userId, recipient: stored.recipient, valueId: stored.valueId, message: stored.message, requestedVisibility: stored.requestedVisibility },
      { giverId: options.user.id, recipient: options.praise.recipient, valueId: options.praise.value, message: options.praise.message, visibility: options.praise.visibility },
    );
  if (!same) throw new AppError('conflict', 'This praise id is already used for a different praise; send a new id.');
  return stored;
};

const checkHourlyLimit = async (deps: PraiseDeps, user: VerifiedUser, now: Date): Promise<void> => {
  const { count, oldest } = await deps.store.praise.countGivenSince(user.tenantId, user.id, new Date(now.getTime() - HOUR_MS));
  if (count < MAX_PRAISE_PER_HOUR) return;
  const retryAfter = Math.max(1, Math.ceil(((oldest ?? now).getTime() + HOUR_MS - now.getTime()) / 1000));
  throw new AppError('too_many_requests', `You have given ${MAX_PRAISE_PER_HOUR} praises in the last hour; give more in a little while.`, { headers: { 'Retry-After': String(retryAfter) } });
};

/**
 * A participant praises someone in the meeting, or the whole group. The praise and its delivery job are committed in
 * one transaction before the answer; the worker delivers it (a card in the chat as the giver, or a notification to the
 * recipient). Public praise goes out on the meeting's live stream at once; private praise never does.
 */
export const givePraise = async (deps: PraiseDeps, options: GivePraiseOptions): Promise<GivenPraise> => {
  const { user, eventId, praiseId } = options;
  const meeting = await loadPraiseMeeting(deps, user, eventId);
  const values = await loadPraiseValues(deps.store, user.tenantId);
  const answer = (stored: StoredPraise, created: boolean): GivenPraise => ({ created, praise: toPraiseView(stored, values, eventId), notice: stored.notice });

  const existing = await deps.store.praise.find(user.tenantId, praiseId);
  if (existing) return answer(repeatOf(existing, options, meeting), false);

  const value = findValue(values, options.praise.value);
  if (!value) throw new AppError('bad_request', `There is no praise value "${options.praise.value}" in your organization's list.`);
  const recipientId = options.praise.recipient.kind === 'person' ? options.praise.recipient.userId : null;
  const preference = recipientId ? (await deps.store.praise.preferences.get(user.tenantId, [recipientId])).get(recipientId) : undefined;
  const decision = decidePraise(
    { giverId: user.id, recipient: options.praise.recipient, visibility: options.praise.visibility },
    { participants: meeting.participants, recipientPreference: preference?.preference ?? 'either', recipientHasApp: preference?.hasApp ?? null },
  );
  if (!decision.ok) throw new AppError(decision.code, decision.message);
  const chatId = meeting.meeting.chatId;
  if (decision.delivery === 'chat_post' && !chatId) throw new AppError('conflict', 'This meeting has no chat to post public praise to; give it privately.');
  const now = deps.clock.now();
  await checkHourlyLimit(deps, user, now);

  const { created, praise } = await deps.store.praise.create({
    tenantId: user.tenantId,
    id: praiseId,
    onlineMeetingId: meeting.onlineMeetingId,
    occurrenceStart: meeting.start,
    eventSubject: meeting.meeting.subject,
    giverEventId: eventId,
    giver: { userId: user.id, displayName: meeting.participants.find((p) => p.userId === user.id)?.displayName || user.displayName },
    recipient: decision.recipient,
    valueId: value.id,
    valueLabel: labelOf(value),
    message: options.praise.message,
    requestedVisibility: decision.requestedVisibility,
    visibility: decision.visibility,
    notice: decision.notice,
    createdAt: now,
    job: { kind: decision.delivery, target: decision.delivery === 'chat_post' ? (chatId ?? '') : (recipientId ?? '') },
  });
  // Two requests with one id at once: the one that lost the race answers like a repeat.
  if (!created) return answer(repeatOf(praise, options, meeting), false);
  const view = toPraiseView(praise, values, eventId);
  deps.onPraiseRecorded();
  if (praise.visibility === 'public') await deps.live.publish(user.tenantId, meeting.stream, 'praise.given', { ...view, meeting: { ...view.meeting, eventId: '' } });
  return { created: true, praise: view, notice: praise.notice };
};
