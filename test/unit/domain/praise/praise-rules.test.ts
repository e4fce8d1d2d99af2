import { describe, expect, it } from 'vitest';
import { canReadPraise, decidePraise, isSamePraiseRequest, type PraiseContext } from '../../../../server/domain/praise';

const people = [
  { userId: 'lucia', displayName: 'Lucía Fernández' },
  { userId: 'priya', displayName: 'Priya Raman' },
  { userId: 'jonas', displayName: 'Jonas Weber' },
];
const context = (overrides: Partial<PraiseContext> = {}): PraiseContext => ({ participants: people, recipientPreference: 'either', recipientHasApp: null, ...overrides });

describe('who may praise whom', () => {
  it('a participant praises another participant publicly: a chat post', () => {
    expect(decidePraise({ giverId: 'lucia', recipient: { kind: 'person', userId: 'priya' }, visibility: 'public' }, context())).toEqual({
      ok: true,
      recipient: { kind: 'person', userId: 'priya', displayName: 'Priya Raman' },
      requestedVisibility: 'public',
      visibility: 'public',
      notice: null,
      delivery: 'chat_post',
    });
  });

  it('nobody can praise themselves', () => {
    expect(decidePraise({ giverId: 'lucia', recipient: { kind: 'person', userId: 'lucia' }, visibility: 'private' }, context())).toMatchObject({ ok: false, code: 'cannot_praise_self' });
  });

  it('someone outside the meeting cannot be praised in it, and the refusal says why', () => {
    const decision = decidePraise({ giverId: 'lucia', recipient: { kind: 'person', userId: 'dmitri' }, visibility: 'public' }, context());
    expect(decision).toMatchObject({ ok: false, code: 'bad_request', message: expect.stringMatching(/not a participant/) });
  });

  it('team praise is always public, and a private one is refused rather than posted', () => {
    expect(decidePraise({ giverId: 'lucia', recipient: { kind: 'team' }, visibility: 'public' }, context())).toMatchObject({ ok: true, visibility: 'public', delivery: 'chat_post' });
    expect(decidePraise({ giverId: 'lucia', recipient: { kind: 'team' }, visibility: 'private' }, context())).toMatchObject({ ok: false, code: 'bad_request' });
  });
});

describe('preferences and visibility', () => {
  it('a public praise for someone who prefers private is delivered privately, and the giver is told', () => {
    expect(decidePraise({ giverId: 'lucia', recipient: { kind: 'person', userId: 'priya' }, visibility: 'public' }, context({ recipientPreference: 'private' }))).toMatchObject({
      ok: true,
      requestedVisibility: 'public',
      visibility: 'private',
      notice: 'delivered_privately_by_preference',
      delivery: 'activity_notification',
    });
  });

  it('a private praise stays private whatever the recipient prefers', () => {
    for (const recipientPreference of ['public', 'private', 'either'] as const) {
      expect(decidePraise({ giverId: 'lucia', recipient: { kind: 'person', userId: 'priya' }, visibility: 'private' }, context({ recipientPreference }))).toMatchObject({ visibility: 'private', delivery: 'activity_notification' });
    }
  });

  it('tells the giver at once when the recipient is known to have no app for private praise', () => {
    expect(decidePraise({ giverId: 'lucia', recipient: { kind: 'person', userId: 'priya' }, visibility: 'private' }, context({ recipientHasApp: false }))).toMatchObject({ notice: 'recipient_has_no_app' });
    expect(decidePraise({ giverId: 'lucia', recipient: { kind: 'person', userId: 'priya' }, visibility: 'public' }, context({ recipientHasApp: false }))).toMatchObject({ notice: null, visibility: 'public' });
  });
});

describe('repeats and readers', () => {
  const stored = { giverId: 'lucia', recipient: { kind: 'person' as const, userId: 'priya', displayName: 'Priya Raman' }, valueId: 'courage', message: 'Thanks!', requestedVisibility: 'public' as const };

  it('a repeat is the same praise only when every field matches', () => {
    const request = { giverId: 'lucia', recipient: { kind: 'person' as const, userId: 'priya' }, valueId: 'courage', message: 'Thanks!', visibility: 'public' as const };
    expect(isSamePraiseRequest(stored, request)).toBe(true);
    expect(isSamePraiseRequest(stored, { ...request, message: 'Thanks!!' })).toBe(false);
    expect(isSamePraiseRequest(stored, { ...request, visibility: 'private' })).toBe(false);
    expect(isSamePraiseRequest(stored, { ...request, giverId: 'jonas' })).toBe(false);
    expect(isSamePraiseRequest(stored, { ...request, recipient: { kind: 'team' } })).toBe(false);
  });

  it('only the giver and the recipient read a praise by its id', () => {
    expect(canReadPraise(stored, 'lucia')).toBe(true);
    expect(canReadPraise(stored, 'priya')).toBe(true);
    expect(canReadPraise(stored, 'jonas')).toBe(false);
    expect(canReadPraise({ giverId: 'lucia', recipient: { kind: 'team' } }, 'priya')).toBe(false);
  });
});
