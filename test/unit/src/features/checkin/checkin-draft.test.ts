import { describe, expect, it } from 'vitest';
import { isDraftRotating, type CheckinDraft } from '../../../../../src/features/checkin/checkin-draft';
import { CUSTOM_KIND } from '../../../../../src/features/checkin/checkin-kinds';

const draft = (overrides: Partial<CheckinDraft>): CheckinDraft => ({ kind: 'mood', promptId: 'mood.colour', customQuestion: '', anonymous: false, scope: 'series', ...overrides });

describe('the invite preview’s rotation note', () => {
  it('shows for a library prompt chosen for the whole series, as the invite will say', () => {
    expect(isDraftRotating(draft({}))).toBe(true);
  });

  it('does not show for one meeting, or for the organizer’s own question', () => {
    expect(isDraftRotating(draft({ scope: 'occurrence' }))).toBe(false);
    expect(isDraftRotating(draft({ kind: CUSTOM_KIND, promptId: null, customQuestion: 'Why?' }))).toBe(false);
  });
});
