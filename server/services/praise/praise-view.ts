import { deliveryOf, valueForStored, type PraiseDelivery, type PraiseRecipient, type PraiseValue, type PraiseVisibility, type ValueDefinition } from '../../domain/praise';
import type { StoredPraise } from './praise-ports';

/** A praise as the API answers it (the praise API contract's PraiseView). */
export type PraiseView = {
  id: string;
  meeting: { eventId: string; subject: string; start: string };
  giver: { userId: string; displayName: string };
  recipient: PraiseRecipient;
  value: PraiseValue;
  message: string;
  visibility: PraiseVisibility;
  requestedVisibility: PraiseVisibility;
  delivery: PraiseDelivery;
  createdAt: string;
};

/**
 * `eventId` is the reader's own event id of the occurrence where it is known (event ids differ per mailbox): the
 * meeting routes know it from the path, the giver's own list from the praise; elsewhere it is ''.
 */
export const toPraiseView = (praise: StoredPraise, values: readonly ValueDefinition[], eventId: string): PraiseView => ({
  id: praise.id,
  meeting: { eventId, subject: praise.eventSubject, start: praise.occurrenceStart.toISOString() },
  giver: praise.giver,
  recipient: praise.recipient,
  value: valueForStored(values, praise.valueId, praise.valueLabel),
  message: praise.message,
  visibility: praise.visibility,
  requestedVisibility: praise.requestedVisibility,
  delivery: deliveryOf(praise.job, praise.recipient),
  createdAt: praise.createdAt.toISOString(),
});
