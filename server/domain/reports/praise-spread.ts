// Praise spread along a series: how widely public praise reaches the people in the meeting, not how much of it there
// is. Definition (the reports' one meaning): for an occurrence, the distinct people praised in public in it and in the
// PRAISE_SPREAD_WINDOW − 1 occurrences before it, divided by the attendees counted in that occurrence, at most 1.
//
// Recipients are ids and attendee counts are counts (the attendee ids are not stored per occurrence), so a recipient
// who was in an earlier occurrence of the window but not this one still counts: the cap keeps the share at most 1.
// Only occurrences of the report's range take part, so the first points of a range look back over fewer meetings.

/** This occurrence and the three before it. */
export const PRAISE_SPREAD_WINDOW = 4;

export type PraiseSpreadInput = {
  /** Recipients of public praise in the occurrence (user ids); null when Roundtable stored nothing about it. */
  recipients: readonly string[] | null;
  /** Attendees counted in the occurrence (the meeting row's rule). */
  attendees: number | null;
};

/**
 * One spread per occurrence, in the order given (oldest first). Null for an occurrence Roundtable knows nothing about
 * (it has not happened, or had no Teams meeting) or that counted no attendees.
 */
export const praiseSpreads = (occurrences: readonly PraiseSpreadInput[], window = PRAISE_SPREAD_WINDOW): Array<number | null> =>
  occurrences.map((occurrence, index) => {
    if (occurrence.recipients === null || occurrence.attendees === null || occurrence.attendees <= 0) return null;
    const praised = new Set<string>();
    for (const earlier of occurrences.slice(Math.max(0, index - window + 1), index + 1)) {
      for (const recipient of earlier.recipients ?? []) praised.add(recipient);
    }
    return Math.min(1, praised.size / occurrence.attendees);
  });
