// The postMessage wire between the dev host's Office shim (in the task pane's frame) and the dev host's Outlook
// appointment form (its parent): requests carry an id and a method, answers the same id and a value or an Office
// error ({code, name, message}, as Office.js reports them); host events carry no id. Demo mode only.

export const SHIM_CHANNEL = 'roundtable.office-shim';

/** The Mailbox requirement set the shim plays (Outlook on the web today). */
export const SHIM_MAILBOX_VERSION = '1.14';

export type ShimItemSnapshot = {
  /** The series' EWS id when an occurrence is open; null for one meeting or the series itself. */
  seriesId: string | null;
  /** A series or one of its occurrences. */
  isRecurring: boolean;
};

export type ShimStart = { displayLanguage: string; isDarkTheme: boolean; item: ShimItemSnapshot };

export type ShimMethods = {
  initialize: { args: []; value: ShimStart };
  'body.getType': { args: []; value: 'html' | 'text' };
  'body.get': { args: [coercionType: string]; value: string };
  'body.set': { args: [data: string, coercionType: string]; value: undefined };
  'subject.get': { args: []; value: string };
  /** Saves the appointment; answers its EWS id. */
  'item.save': { args: []; value: string };
  /** The EWS id, or the error ItemNotSaved for a new appointment. */
  'item.getId': { args: []; value: string };
  'auth.getAccessToken': { args: []; value: string };
};

export type ShimMethod = keyof ShimMethods;

export type ShimErrorInfo = { code: number; name: string; message: string };

export type ShimRequest<M extends ShimMethod = ShimMethod> = { channel: typeof SHIM_CHANNEL; id: number; method: M; args: ShimMethods[M]['args'] };

export type ShimResponse = { channel: typeof SHIM_CHANNEL; id: number } & ({ ok: true; value: unknown } | { ok: false; error: ShimErrorInfo });

export type ShimEvent = { channel: typeof SHIM_CHANNEL; event: 'officeThemeChanged'; isDarkTheme: boolean };

const isShimMessage = (data: unknown): data is { channel: string } => typeof data === 'object' && data !== null && (data as { channel?: unknown }).channel === SHIM_CHANNEL;

export const isShimRequest = (data: unknown): data is ShimRequest =>
  isShimMessage(data) && typeof (data as ShimRequest).id === 'number' && typeof (data as ShimRequest).method === 'string' && Array.isArray((data as ShimRequest).args);

export const isShimResponse = (data: unknown): data is ShimResponse => isShimMessage(data) && typeof (data as ShimResponse).id === 'number' && typeof (data as ShimResponse).ok === 'boolean';

export const isShimEvent = (data: unknown): data is ShimEvent => isShimMessage(data) && (data as ShimEvent).event === 'officeThemeChanged';

/** Office.js's error for getItemIdAsync on a new appointment. */
export const ITEM_NOT_SAVED: ShimErrorInfo = { code: 9044, name: 'ItemNotSaved', message: 'The item has not been saved yet.' };

/** What convertToRestId does for REST v2.0: EWS ids use '+' and '/', REST ids '_' and '-'. */
export const ewsToRestId = (ewsId: string): string => ewsId.replaceAll('/', '-').replaceAll('+', '_');
export const restToEwsId = (restId: string): string => restId.replaceAll('-', '/').replaceAll('_', '+');
