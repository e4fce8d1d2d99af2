import { describe, expect, it } from 'vitest';
import { contentLanguage, createTranslator, makeTranslator, toIntlLocale } from '../../../../src/i18n/translate';

describe('translation', () => {
  it('fills placeholders and picks the plural form for the count', () => {
    const t = createTranslator('en-US');
    expect(t('home.greeting', { name: 'Priya' })).toBe('Hello, Priya');
    expect(t('meeting.attendees', { count: 1 })).toBe('1 attendee');
    expect(t('meeting.attendees', { count: 1200 })).toBe('1,200 attendees');
  });

  it('falls back to English for a language without a catalogue', () => {
    expect(createTranslator('ja-JP')('meeting.organizer')).toBe('Organizer');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(makeTranslator({ greeting: 'Hi {name}' }, 'en')('greeting')).toBe('Hi {name}');
  });

  it('canonicalises the host locale and survives a broken one', () => {
    expect(toIntlLocale('en-us')).toBe('en-US');
    expect(toIntlLocale('not a locale!')).toBe('en-US');
    expect(toIntlLocale(undefined)).toBe('en-US');
  });

  it('names the language of the words, not of the dates', () => {
    expect(contentLanguage('en-GB')).toBe('en-GB');
    expect(contentLanguage('de-DE')).toBe('en');
  });
});
