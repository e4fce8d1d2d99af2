// Connects the Outlook command page to Outlook through Office.js: the page loads Office.js with a <script> in its
// <head> (Microsoft's CDN; demo mode swaps in the dev host's shim), this waits for Office.onReady and hands the rest
// of the front end the appointment, single sign-on and the theme — no other module touches `Office`.
import { createAppointment, composeAppointmentOf, type Appointment } from './appointment';
import { asOfficeApi, type OfficeApi } from './office-api';
import { OfficeError, describeOfficeFailure } from './office-error';
import { onOfficeThemeChange, readOfficeTheme, type OfficeHostTheme } from './office-theme';

export type OutlookHost = {
  appointment: Appointment;
  /** Outlook's display language, e.g. "en-US". */
  locale: string;
  theme: OfficeHostTheme;
  /** Calls `listener` when the user switches Outlook's theme; returns a function that stops listening. */
  onThemeChange(listener: (theme: OfficeHostTheme) => void): () => void;
  /** The signed-in user's SSO token for the Roundtable API (Office caches and renews it). */
  getToken(): Promise<string>;
};

/** Office.js, once ready, as the host of an appointment the organizer is composing. */
export const connectOutlookWith = async (office: OfficeApi): Promise<OutlookHost> => {
  let info: { host: unknown };
  try {
    info = await office.onReady();
  } catch (cause) {
    throw new OfficeError('office_unavailable', `Office did not start the add-in: ${describeOfficeFailure(cause)}`, { cause });
  }
  if (info.host !== office.HostType.Outlook) throw new OfficeError('office_unavailable', 'This page runs inside Outlook, from the Add check-in button of a meeting.');
  const item = composeAppointmentOf(office);
  if (!item) throw new OfficeError('not_appointment', 'Open a meeting you organize in Outlook, then choose Add check-in.');

  const listeners = new Set<(theme: OfficeHostTheme) => void>();
  onOfficeThemeChange(office, (theme) => listeners.forEach((notify) => notify(theme)));
  return {
    appointment: createAppointment(office, item),
    locale: office.context.displayLanguage || navigator.language,
    theme: readOfficeTheme(office),
    onThemeChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getToken: async () => {
      try {
        return await office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
      } catch (cause) {
        throw new OfficeError('sso_failed', `Single sign-on failed: ${describeOfficeFailure(cause)}`, { officeMessage: describeOfficeFailure(cause), cause });
      }
    },
  };
};

/** The page's Office.js (a global the <script> in its <head> defines). */
export const connectOutlook = (): Promise<OutlookHost> => {
  const office = (window as Window & { Office?: typeof Office }).Office;
  if (!office) return Promise.reject(new OfficeError('office_unavailable', 'Office.js did not load, so Roundtable cannot reach Outlook.'));
  return connectOutlookWith(asOfficeApi(office));
};
