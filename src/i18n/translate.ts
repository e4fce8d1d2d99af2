// Looks up a message in a catalogue and fills in its {placeholders}; plural messages choose their form with Intl.PluralRules.
import { en, type Catalogue, type MessageKey, type PluralMessage } from './catalogue-en';

export type MessageParams = Record<string, string | number>;
export type Translate<K extends string = MessageKey> = (key: K, params?: MessageParams) => string;

const catalogues: Record<string, Catalogue> = { en };

/** A locale Intl accepts: the host's tag canonicalised ("en-us" → "en-US"), or en-US when it is not a valid tag. */
export const toIntlLocale = (tag: string | undefined): string => {
  try {
    return Intl.getCanonicalLocales(tag || 'en-US')[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
};

const fill = (template: string, params: MessageParams | undefined, locale: string): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });

/** A translator over any catalogue (the dev host has its own); `fallback` answers keys the first one lacks. */
export const makeTranslator = <K extends string>(
  messages: Readonly<Record<K, string | PluralMessage>>,
  locale: string,
  fallback: Readonly<Record<K, string | PluralMessage>> = messages,
): Translate<K> => {
  const plurals = new Intl.PluralRules(locale);
  return (key, params) => {
    const message = messages[key] ?? fallback[key];
    if (typeof message === 'string') return fill(message, params, locale);
    const form = plurals.select(Number(params?.count ?? 0));
    return fill(form === 'one' ? message.one : message.other, params, locale);
  };
};

const languageOf = (locale: string): string => locale.split('-')[0]?.toLowerCase() ?? 'en';

/** The language the words are in (for `<html lang>`): the host locale when we have its catalogue, else English. */
export const contentLanguage = (locale: string): string => (catalogues[languageOf(locale)] ? locale : 'en');

/** The product catalogue for a locale, falling back to English. */
export const createTranslator = (locale: string): Translate => makeTranslator(catalogues[languageOf(locale)] ?? en, locale, en);
