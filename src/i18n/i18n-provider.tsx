// Makes the translator for the host's locale available to every component; `useT()` reads it.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, toIntlLocale, type Translate } from './translate';

export type I18n = { t: Translate; locale: string };

const I18nContext = createContext<I18n | null>(null);

export const I18nProvider = ({ locale, children }: { locale: string | undefined; children: ReactNode }) => {
  const value = useMemo(() => {
    const intlLocale = toIntlLocale(locale);
    return { t: createTranslator(intlLocale), locale: intlLocale };
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
};

export const useI18n = (): I18n => {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it');
  return i18n;
};

/** The translate function for the current locale. */
export const useT = (): Translate => useI18n().t;
