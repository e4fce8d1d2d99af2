// The praise round that closes a meeting: the facilitator opens and closes it, and the side panel suggests the
// attendees nobody has praised in public lately. Private praise never counts: it is nobody else's business.
import { isFacilitator } from '../checkin-round';
import type { PraiseParticipant, PraiseRecipient, PraiseVisibility } from './types';

export type PraiseRound = { isOpen: boolean };
export type PraiseRoundAction = 'open' | 'close';

/** How many occurrences of a series (the current one included) the suggestions look back over. */
export const SUGGESTION_OCCURRENCES = 4;

/** The facilitator: whom the check-in hand-over named, else the organizer. */
export const isPraiseFacilitator = (person: { id: string; isOrganizer: boolean }, checkinFacilitatorId: string | null): boolean =>
  isFacilitator({ facilitatorId: checkinFacilitatorId }, person);

export const applyRoundAction = (action: PraiseRoundAction): PraiseRound => ({ isOpen: action === 'open' });

/** The latest `count` occurrence starts up to and including `current` (ISO instants), newest first. */
export const recentOccurrences = (starts: readonly string[], current: string, count = SUGGESTION_OCCURRENCES): string[] => {
  const at = Date.parse(current);
  const unique = [...new Set([...starts, current].map((s) => new Date(s).toISOString()))];
  return unique.filter((s) => Date.parse(s) <= at).sort((a, b) => Date.parse(b) - Date.parse(a)).slice(0, count);
};

export type PraiseRecord = { recipient: PraiseRecipient; visibility: PraiseVisibility; occurrenceStart: string };

/**
 * Attendees (not the viewer, who cannot praise themselves) that no public praise reached in the given occurrences,
 * by name. Team praise thanks everyone and no one: it does not take anybody off the list.
 */
export const suggestForPraiseRound = (options: {
  attendees: readonly PraiseParticipant[];
  viewerId: string;
  occurrences: readonly string[];
  praise: readonly PraiseRecord[];
}): PraiseParticipant[] => {
  const window = new Set(options.occurrences.map((s) => new Date(s).toISOString()));
  const praised = new Set(
    options.praise
      .filter((p) => p.visibility === 'public' && p.recipient.kind === 'person' && window.has(new Date(p.occurrenceStart).toISOString()))
      .map((p) => (p.recipient.kind === 'person' ? p.recipient.userId : '')),
  );
  return options.attendees
    .filter((a) => a.userId !== options.viewerId && !praised.has(a.userId))
    .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId));
};
