// The dev host's translator, in the locale the dev host plays.
import { useMemo } from 'react';
import { makeTranslator, useI18n, type Translate } from '../i18n';
import { devEn, type DevMessageKey } from './dev-catalogue-en';

export const useDevT = (): Translate<DevMessageKey> => {
  const { locale } = useI18n();
  return useMemo(() => makeTranslator<DevMessageKey>(devEn, locale), [locale]);
};
