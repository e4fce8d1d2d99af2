// Outlook's theme through Office.js (officeTheme, Mailbox 1.14) and the system's high contrast mode, as the three
// themes Roundtable's pages know, following the user's switches while the pane is open.
import type { OfficeApi } from './office-api';

export type OfficeHostTheme = 'default' | 'dark' | 'contrast';

const isHighContrast = (): boolean => typeof window !== 'undefined' && window.matchMedia?.('(forced-colors: active)').matches === true;

export const toOfficeHostTheme = (officeTheme: { isDarkTheme?: boolean } | null | undefined): OfficeHostTheme =>
  isHighContrast() ? 'contrast' : officeTheme?.isDarkTheme ? 'dark' : 'default';

export const readOfficeTheme = (office: OfficeApi): OfficeHostTheme => toOfficeHostTheme(office.context.officeTheme);

/** Calls `listener` when Outlook's theme changes (where Outlook reports it); returns nothing to undo: Office keeps the handler for the pane's life. */
export const onOfficeThemeChange = (office: OfficeApi, listener: (theme: OfficeHostTheme) => void): void => {
  if (!office.context.requirements.isSetSupported('Mailbox', '1.14')) return;
  office.context.mailbox.addHandlerAsync?.(office.EventType.OfficeThemeChanged, (event) => listener(toOfficeHostTheme(event.officeTheme)));
};
