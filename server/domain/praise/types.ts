// Praise in the product's words: values, recipients, visibility, people's preferences and how delivery stands.
// Pure types shared by the rules, the card, storage and the API.

export type PraiseValue = { id: string; label: string };

/** How a person likes to be praised; 'either' is everyone's default. */
export type PraisePreference = 'public' | 'private' | 'either';
export const PRAISE_PREFERENCES = ['public', 'private', 'either'] as const;
export const DEFAULT_PREFERENCE: PraisePreference = 'either';

export type PraiseVisibility = 'public' | 'private';

/** Whom a praise is for: one person, or the whole group ("we win together"). */
export type PraiseRecipient = { kind: 'person'; userId: string; displayName: string } | { kind: 'team' };
export type PraiseRecipientChoice = { kind: 'person'; userId: string } | { kind: 'team' };

/** What the giver is told when their praise goes out differently from how they asked. */
export type PraiseNotice = 'delivered_privately_by_preference' | 'recipient_has_no_app';

/**
 * pending: recorded, delivery in progress; delivered: public — posted to the meeting chat, private — notification
 * sent; waiting_for_giver: the chat post waits for the giver's next sign-in; kept_for_recipient: the recipient has not
 * installed the app, the praise waits in their personal tab; failed: given up (the message says why).
 */
export type DeliveryStatus = 'pending' | 'delivered' | 'waiting_for_giver' | 'kept_for_recipient' | 'failed';
export type PraiseDelivery = { status: DeliveryStatus; message: string | null };

/** The two ways a praise leaves Roundtable: a card in the meeting chat, or the recipient's activity feed. */
export type DeliveryKind = 'chat_post' | 'activity_notification';

/** A meeting participant as praise sees them. */
export type PraiseParticipant = { userId: string; displayName: string };

export const MAX_PRAISE_MESSAGE = 1000;
/** At most this many praises from one person per hour (then 429 with Retry-After). */
export const MAX_PRAISE_PER_HOUR = 30;
