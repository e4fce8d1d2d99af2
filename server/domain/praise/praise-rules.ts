// Who may praise whom, and how a praise goes out: any participant praises another participant (never themselves) or
// the whole group; team praise is always public; a public praise for someone who prefers private is delivered
// privately and the giver is told.
import type { DeliveryKind, PraiseNotice, PraiseParticipant, PraisePreference, PraiseRecipient, PraiseRecipientChoice, PraiseVisibility } from './types';

export type PraiseRequest = { giverId: string; recipient: PraiseRecipientChoice; visibility: PraiseVisibility };

export type PraiseContext = {
  /** The meeting's participants (the giver among them). */
  participants: readonly PraiseParticipant[];
  /** The recipient's preference ('either' when they never said). */
  recipientPreference: PraisePreference;
  /** Whether Roundtable's Teams app was installed for the recipient when last tried; null: not known. */
  recipientHasApp: boolean | null;
};

export type PraiseDecision =
  | {
      ok: true;
      recipient: PraiseRecipient;
      requestedVisibility: PraiseVisibility;
      visibility: PraiseVisibility;
      notice: PraiseNotice | null;
      delivery: DeliveryKind;
    }
  | { ok: false; code: 'cannot_praise_self' | 'bad_request'; message: string };

export const decidePraise = (request: PraiseRequest, context: PraiseContext): PraiseDecision => {
  if (request.recipient.kind === 'team') {
    if (request.visibility === 'private') return { ok: false, code: 'bad_request', message: 'Praise for the whole team is always public; choose one person for private praise.' };
    return { ok: true, recipient: { kind: 'team' }, requestedVisibility: 'public', visibility: 'public', notice: null, delivery: 'chat_post' };
  }
  const { userId } = request.recipient;
  if (userId === request.giverId) return { ok: false, code: 'cannot_praise_self', message: "You can't praise yourself; praise someone else or the whole team." };
  const person = context.participants.find((p) => p.userId === userId);
  if (!person) return { ok: false, code: 'bad_request', message: 'That person is not a participant of this meeting, so they cannot be praised here.' };
  const recipient: PraiseRecipient = { kind: 'person', userId: person.userId, displayName: person.displayName };
  const byPreference = request.visibility === 'public' && context.recipientPreference === 'private';
  const visibility: PraiseVisibility = byPreference ? 'private' : request.visibility;
  const notice: PraiseNotice | null = byPreference
    ? 'delivered_privately_by_preference'
    : visibility === 'private' && context.recipientHasApp === false
      ? 'recipient_has_no_app'
      : null;
  return { ok: true, recipient, requestedVisibility: request.visibility, visibility, notice, delivery: visibility === 'public' ? 'chat_post' : 'activity_notification' };
};

/** Whether a repeated request (same praise id) asks for the same praise as the stored one. */
export const isSamePraiseRequest = (
  stored: { giverId: string; recipient: PraiseRecipient; valueId: string; message: string; requestedVisibility: PraiseVisibility },
  request: { giverId: string; recipient: PraiseRecipientChoice; valueId: string; message: string; visibility: PraiseVisibility },
): boolean =>
  stored.giverId === request.giverId &&
  stored.recipient.kind === request.recipient.kind &&
  (stored.recipient.kind === 'team' || (request.recipient.kind === 'person' && stored.recipient.userId === request.recipient.userId)) &&
  stored.valueId === request.valueId &&
  stored.message === request.message &&
  // Team praise is stored as public whatever was asked; a team request asking private was refused, never stored.
  stored.requestedVisibility === request.visibility;

/**
 * Who may read a praise by its id: its giver and its recipient, nobody else (not the organizer, not an admin).
 * Public praise is also on its meeting's wall, which participants read through the meeting.
 */
export const canReadPraise = (praise: { giverId: string; recipient: PraiseRecipient }, userId: string): boolean =>
  praise.giverId === userId || (praise.recipient.kind === 'person' && praise.recipient.userId === userId);
