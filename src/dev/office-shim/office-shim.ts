// The Office object the shim plays: the part of Office.js the Outlook command page uses (src/host/office/office-api.ts),
// answered by the dev host's Outlook appointment form through the channel. Office.js's run-time enum values (strings)
// and callback style (AsyncResult with status and error) are kept. Demo mode only.
import type { OfficeApi, OfficeAppointmentCompose, OfficeAsyncResult, OfficeCallback } from '../../host/office/office-api';
import { ShimCallError, type ShimChannel } from './shim-channel';
import { SHIM_MAILBOX_VERSION, ewsToRestId, type ShimMethod, type ShimMethods, type ShimStart } from './wire';

const isAtLeast = (version: string, minimum: string) => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0] = minimum.split('.').map(Number);
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
};

/** Runs a host call and answers an Office.js-style callback. */
const answer = <M extends ShimMethod>(channel: ShimChannel, callback: OfficeCallback<ShimMethods[M]['value']> | undefined, method: M, ...args: ShimMethods[M]['args']) => {
  channel.call(method, ...args).then(
    (value) => callback?.({ status: 'succeeded', value, error: undefined }),
    (error: unknown) => {
      const info = error instanceof ShimCallError ? error.info : { code: 9002, name: 'InternalError', message: String(error) };
      // Office.js gives a failed result no value.
      const failed: OfficeAsyncResult<ShimMethods[M]['value']> = { status: 'failed', value: undefined as unknown as ShimMethods[M]['value'], error: info };
      callback?.(failed);
    },
  );
};

const appointmentItem = (channel: ShimChannel, start: ShimStart): OfficeAppointmentCompose => ({
  itemType: 'appointment',
  body: {
    getTypeAsync: (callback) => answer(channel, callback, 'body.getType'),
    getAsync: (coercionType, callback) => answer(channel, callback, 'body.get', coercionType),
    setAsync: (data, options, callback) => answer(channel, callback, 'body.set', data, options.coercionType),
  },
  subject: { getAsync: (callback) => answer(channel, callback, 'subject.get') },
  saveAsync: (callback) => answer(channel, callback, 'item.save'),
  getItemIdAsync: (callback) => answer(channel, callback, 'item.getId'),
  seriesId: start.item.seriesId,
  recurrence: {
    getAsync: (callback) => queueMicrotask(() => callback({ status: 'succeeded', value: start.item.isRecurring ? { recurrenceType: 'weekly' } : null, error: undefined })),
  },
});

/** The Office global; `ready` settles once the dev host has answered (or never will: the page is not in the dev host). */
export const createOfficeShim = (channel: ShimChannel | null, start: Promise<ShimStart | null>): OfficeApi => {
  const themeHandlers = new Set<(event: { officeTheme?: { isDarkTheme?: boolean } }) => void>();
  channel?.onEvent((event) => themeHandlers.forEach((handle) => handle({ officeTheme: { isDarkTheme: event.isDarkTheme } })));
  const office: OfficeApi = {
    onReady: async () => {
      const started = await start;
      if (!started) return { host: null, platform: null };
      office.context.displayLanguage = started.displayLanguage;
      office.context.officeTheme = { isDarkTheme: started.isDarkTheme };
      office.context.mailbox.item = appointmentItem(channel!, started);
      return { host: 'Outlook', platform: 'OfficeOnline' };
    },
    HostType: { Outlook: 'Outlook' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    MailboxEnums: { ItemType: { Appointment: 'appointment' }, RestVersion: { v2_0: 'v2.0' } },
    context: {
      displayLanguage: 'en-US',
      officeTheme: null,
      requirements: { isSetSupported: (name, minimum = '1.1') => (name === 'Mailbox' ? isAtLeast(SHIM_MAILBOX_VERSION, minimum) : name === 'IdentityAPI' && isAtLeast('1.3', minimum)) },
      mailbox: {
        item: undefined,
        convertToRestId: (id, version) => {
          if (version !== 'v2.0') throw new Error(`The Office shim converts ids for REST v2.0 only, not ${String(version)}.`);
          return ewsToRestId(id);
        },
        addHandlerAsync: (eventType, handler, callback) => {
          if (eventType === 'officeThemeChanged') themeHandlers.add(handler);
          callback?.({ status: 'succeeded', value: undefined, error: undefined });
        },
      },
    },
    auth: {
      getAccessToken: () =>
        channel
          ? channel.call('auth.getAccessToken').catch((error: unknown) => {
              // Office.js rejects SSO with a plain {code, name, message} object.
              throw error instanceof ShimCallError ? error.info : error;
            })
          : Promise.reject({ code: 13000, name: 'API not supported', message: 'Open the page from the dev host.' }),
    },
  };
  return office;
};
