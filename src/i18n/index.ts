export { I18nProvider, useI18n, useT, type I18n } from './i18n-provider';
export { contentLanguage, createTranslator, makeTranslator, toIntlLocale, type MessageParams, type Translate } from './translate';
export { formatMeetingWhen, formatRelativeTime, type MeetingWhen } from './format';
export type { MessageKey, PluralMessage } from './catalogue-en';
