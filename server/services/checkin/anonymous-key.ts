// The keyed hash that stands in for a person on an anonymous answer: one answer per person per round, while the
// database never learns who. Keyed with a server secret so that the hash cannot be recomputed from user ids alone.
import { createHmac } from 'node:crypto';

export const anonymousKeyOf = (secret: string, roundId: string, userId: string): string =>
  createHmac('sha256', secret).update(`${roundId}\u0000${userId}`).digest('base64url');
