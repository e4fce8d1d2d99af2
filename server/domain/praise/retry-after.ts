// Reads an HTTP Retry-After value (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date. Graph sends seconds; dates are
// accepted too. Pure: the current time is passed in.

const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Milliseconds to wait, or null when the header is absent or unreadable. A date in the past means "now" (0). */
export const parseRetryAfter = (value: string | null | undefined, nowMs: number): number | null => {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : null;
  }
  if (!HTTP_DATE.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
};
