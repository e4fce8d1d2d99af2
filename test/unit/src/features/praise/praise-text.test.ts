import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../../src/i18n';
import { deliveryTone, deliveryWords, noticeWords, preferenceKey, recipientName } from '../../../../../src/features/praise/praise-text';

const t = createTranslator('en-US');
const say = (words: { key: Parameters<typeof t>[0]; params?: Record<string, string | number> } | null) => (words ? t(words.key, words.params) : null);

describe('delivery, in the giver’s words', () => {
  it('public praise is posted to the meeting chat; private praise is delivered privately', () => {
    expect(say(deliveryWords({ status: 'pending', message: null }, 'public'))).toBe('Posting to the meeting chat…');
    expect(say(deliveryWords({ status: 'delivered', message: null }, 'public'))).toBe('Posted to the meeting chat');
    expect(say(deliveryWords({ status: 'delivered', message: null }, 'private'))).toBe('Delivered privately');
  });

  it('a post waiting for the giver says it goes out when they are back', () => {
    expect(say(deliveryWords({ status: 'waiting_for_giver', message: null }, 'public'))).toBe("Will be posted when you're back");
  });

  it('a private praise for someone without the app is kept for their personal tab', () => {
    expect(say(deliveryWords({ status: 'kept_for_recipient', message: null }, 'private'))).toContain('personal tab');
  });

  it("a failure says why in the server's words when it has them", () => {
    expect(say(deliveryWords({ status: 'failed', message: 'Could not be delivered: the meeting chat was deleted.' }, 'public'))).toBe(
      'Could not be delivered: the meeting chat was deleted.',
    );
    expect(say(deliveryWords({ status: 'failed', message: null }, 'public'))).toBe("Couldn't be delivered");
  });

  it('tones: delivered is success, failed danger, waiting a warning', () => {
    expect(deliveryTone({ status: 'delivered', message: null })).toBe('success');
    expect(deliveryTone({ status: 'failed', message: null })).toBe('danger');
    expect(deliveryTone({ status: 'waiting_for_giver', message: null })).toBe('warning');
    expect(deliveryTone({ status: 'pending', message: null })).toBe('informative');
  });
});

describe("the server's notices", () => {
  it('names the recipient', () => {
    expect(say(noticeWords('delivered_privately_by_preference', 'Priya Raman'))).toBe('Delivered privately, as Priya Raman prefers.');
    expect(say(noticeWords('recipient_has_no_app', 'Dmitri Volkov'))).toBe("Dmitri Volkov hasn't installed Roundtable; they'll see it in their personal tab.");
    expect(noticeWords(null, 'Priya Raman')).toBeNull();
  });
});

describe('names and preferences', () => {
  it('team praise is for the whole group', () => {
    expect(recipientName({ kind: 'team' }, 'The whole group')).toBe('The whole group');
    expect(recipientName({ kind: 'person', userId: 'u', displayName: 'Priya' }, 'The whole group')).toBe('Priya');
  });

  it('each preference has its words', () => {
    expect(t(preferenceKey('private'))).toBe('prefers private');
    expect(t(preferenceKey('public'))).toBe('likes public praise');
    expect(t(preferenceKey('either'))).toBe('public or private');
  });
});
