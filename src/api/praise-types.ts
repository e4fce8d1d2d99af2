// Praise as the API answers it (server/routes/praise.ts: /api/praise/values, /api/meetings/:eventId/praise…, /api/me/
// praise*), in the product's words. The values, recipients, preferences and delivery states come from the domain; the
// shapes around them are the routes' answers, as the praise API contract states them.
import type {
  DeliveryStatus,
  PraiseDelivery,
  PraisePreference,
  PraiseRecipient,
  PraiseRecipientChoice,
  PraiseValue,
  PraiseVisibility,
} from '../../server/domain/praise/types';

export type { DeliveryStatus, PraiseDelivery, PraisePreference, PraiseRecipient, PraiseRecipientChoice, PraiseValue, PraiseVisibility };

export type PraiseView = {
  /** The id the giver's client generated. */
  id: string;
  /** `eventId` is the reader's own event id where the server knows it, else ''. */
  meeting: { eventId: string; subject: string; start: string };
  giver: { userId: string; displayName: string };
  recipient: PraiseRecipient;
  value: PraiseValue;
  /** Plain text, at most 1,000 characters: always shown as text. */
  message: string;
  /** As delivered: a public praise for someone who prefers private is delivered privately. */
  visibility: PraiseVisibility;
  requestedVisibility: PraiseVisibility;
  /** `message`: the server's sentence for the giver (why it failed, when it waits), from its own catalogue. */
  delivery: PraiseDelivery;
  createdAt: string;
};

/** A person of the meeting who can be praised, with how they like it. */
export type PraisePerson = { userId: string; displayName: string; preference: PraisePreference };

export type PraiseSuggestion = { userId: string; displayName: string };

export type PraiseRound = { isOpen: boolean };

/** GET /api/meetings/:eventId/praise */
export type MeetingPraise = {
  /** Public praise only, oldest first. */
  praise: PraiseView[];
  round: PraiseRound;
  people: PraisePerson[];
  /** Attendees not praised in public in the recent occurrences of this series. */
  suggestions: PraiseSuggestion[];
  canFacilitate: boolean;
  /** Who reads this: a check-in hand-over on the stream updates `canFacilitate` by the same rule as the server. */
  viewer: { id: string; isOrganizer: boolean };
  /** Where the live stream starts for this state. */
  lastEventId: string | null;
};

/** The body of PUT /api/meetings/:eventId/praise/:praiseId. */
export type PraiseSubmission = {
  recipient: PraiseRecipientChoice;
  /** A value id from the tenant's list. */
  value: string;
  message: string;
  visibility: PraiseVisibility;
};

/** What the server tells the giver about how their praise goes out. */
export type PraiseNotice = 'delivered_privately_by_preference' | 'recipient_has_no_app' | null;

export type GivenPraise = { praise: PraiseView; notice: PraiseNotice };

export type PraiseBox = 'received' | 'given';

export type PraiseRoundAction = 'open' | 'close';

/** Data of the `praise.delivery` live event. */
export type PraiseDeliveryEvent = { id: string; delivery: PraiseDelivery };
