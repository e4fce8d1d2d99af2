// The part of Office.js (Outlook's add-in API) Roundtable uses, as structural types: the real `Office` global must
// fit them (checked where it is read, in connect-office.ts), and so must the dev host's shim and the tests' fakes.
// Shapes from @types/office-js: callbacks receive an AsyncResult whose status is Succeeded or Failed.
/// <reference types="office-js" />

export type OfficeErrorInfo = { code: number; name: string; message: string };

export type OfficeAsyncResult<T> = { status: unknown; value: T; error: OfficeErrorInfo | null | undefined };

export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

/** The appointment the organizer is composing (Appointment Organizer mode). */
export type OfficeAppointmentCompose = {
  itemType: unknown;
  body: {
    /** Mailbox 1.1: 'html' or 'text'. */
    getTypeAsync(callback: OfficeCallback<unknown>): void;
    /** Mailbox 1.3. */
    getAsync(coercionType: string, callback: OfficeCallback<string>): void;
    /** Mailbox 1.3: replaces the whole body. */
    setAsync(data: string, options: { coercionType: string }, callback: OfficeCallback<void>): void;
  };
  subject: { getAsync(callback: OfficeCallback<string>): void };
  /** Mailbox 1.3: the EWS id of the saved item. */
  saveAsync(callback: OfficeCallback<string>): void;
  /** Mailbox 1.8: the EWS id; fails with ItemNotSaved for a new item. */
  getItemIdAsync?(callback: OfficeCallback<string>): void;
  /** Mailbox 1.7: the series' EWS id for an occurrence; null for a single appointment or the series itself. */
  seriesId?: string | null;
  /** Mailbox 1.7: the recurrence pattern of a series or of one of its occurrences; null for a single appointment. */
  recurrence?: { getAsync(callback: OfficeCallback<unknown>): void } | null;
};

export type OfficeApi = {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType: { Outlook: unknown };
  AsyncResultStatus: { Succeeded: unknown; Failed: unknown };
  CoercionType: { Html: string; Text: string };
  EventType: { OfficeThemeChanged: unknown };
  MailboxEnums: { ItemType: { Appointment: unknown }; RestVersion: { v2_0: unknown } };
  context: {
    displayLanguage: string;
    /** Outlook: Mailbox 1.14. */
    officeTheme?: { isDarkTheme?: boolean; bodyBackgroundColor?: string } | null;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    mailbox: {
      item?: unknown;
      convertToRestId(id: string, restVersion: unknown): string;
      addHandlerAsync?(eventType: unknown, handler: (event: { officeTheme?: { isDarkTheme?: boolean } }) => void, callback?: OfficeCallback<void>): void;
    };
  };
  /** Office single sign-on (IdentityAPI 1.3): a token for our API, as Teams' getAuthToken gives one. */
  auth: { getAccessToken(options?: { allowSignInPrompt?: boolean; allowConsentPrompt?: boolean }): Promise<string> };
};

/** The real Office.js global fits OfficeApi: a compile-time check against @types/office-js. */
export const asOfficeApi = (office: typeof Office): OfficeApi => office;

/** Outlook's appointment compose item fits OfficeAppointmentCompose: the same check for the item's shape. */
export const asAppointmentCompose = (item: Office.AppointmentCompose): OfficeAppointmentCompose => item;
