import { describe, expect, it } from 'vitest';
import type { PraiseView } from '../../../../../src/api';
import { FOLLOW_UP_DELAYS_MS, needsFollowUp } from '../../../../../src/features/praise/use-private-delivery';

const praise = (visibility: PraiseView['visibility'], status: PraiseView['delivery']['status']): PraiseView => ({
  id: 'p1',
  meeting: { eventId: 'e', subject: 'Weekly sync', start: '2025-03-04T09:00:00Z' },
  giver: { userId: 'user-ana', displayName: 'Ana' },
  recipient: { kind: 'person', userId: 'user-priya', displayName: 'Priya' },
  value: { id: 'courage', label: 'Courage' },
  message: 'Thanks',
  visibility,
  requestedVisibility: visibility,
  delivery: { status, message: null },
  createdAt: '2025-03-04T09:10:00Z',
});

describe("following a private praise's delivery", () => {
  it('only a private praise still pending is read again: public praise moves with the live wall', () => {
    expect(needsFollowUp(praise('private', 'pending'))).toBe(true);
    expect(needsFollowUp(praise('private', 'delivered'))).toBe(false);
    expect(needsFollowUp(praise('private', 'kept_for_recipient'))).toBe(false);
    expect(needsFollowUp(praise('public', 'pending'))).toBe(false);
  });

  it('reads further apart each time, and stops', () => {
    expect([...FOLLOW_UP_DELAYS_MS].every((delay, index, all) => index === 0 || delay > all[index - 1]!)).toBe(true);
    expect(FOLLOW_UP_DELAYS_MS.length).toBeLessThan(10);
  });
});
