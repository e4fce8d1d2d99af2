// A fake Office.js for tests: an Outlook appointment being composed by its organizer, with the Office.js surface the
// pane uses (body get/set/type, subject, save, item id, series, SSO), string enums as Office.js has them at run time,
// failures to order, and a record of every call.
import type { OfficeApi, OfficeAppointmentCompose, OfficeAsyncResult, OfficeErrorInfo } from '../../../../src/host/office';

export type FakeAppointment = {
  body: { contentType: 'html' | 'text'; content: string };
  subject: string;
  /** The EWS id once saved (Outlook's `+` and `/`); null for a new appointment. */
  ewsId: string | null;
  seriesId: string | null;
  /** A series or one of its occurrences has a pattern. */
  isRecurring: boolean;
};

export type FakeOfficeOptions = {
  appointment?: Partial<FakeAppointment>;
  /** The Mailbox requirement set Outlook supports, e.g. '1.8'. */
  mailbox?: string;
  host?: 'Outlook' | 'Word' | null;
  itemType?: 'appointment' | 'message';
  token?: string;
};

/** Office.js calls that should fail next, by name: the error Outlook would give. */
export type FakeCall = 'getTypeAsync' | 'getAsync' | 'setAsync' | 'subject.getAsync' | 'recurrence.getAsync' | 'saveAsync' | 'getItemIdAsync' | 'getAccessToken';
export type Failures = Partial<Record<FakeCall, OfficeErrorInfo>>;

const ok = <T>(value: T): OfficeAsyncResult<T> => ({ status: 'succeeded', value, error: undefined });
const failed = <T>(error: OfficeErrorInfo): OfficeAsyncResult<T> => ({ status: 'failed', value: undefined as T, error });

const compareVersions = (a: string, b: string) => {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
};

/** What convertToRestId does to an EWS id for REST v2.0: the URL-safe alphabet. */
export const restIdOf = (ewsId: string) => ewsId.replaceAll('/', '-').replaceAll('+', '_');

export const createFakeOffice = (options: FakeOfficeOptions = {}) => {
  const appointment: FakeAppointment = {
    body: { contentType: 'html', content: '<html><body><p>Agenda</p></body></html>' },
    subject: 'Roadmap review',
    ewsId: 'AAMkAD/ew+s=',
    seriesId: null,
    isRecurring: false,
    ...options.appointment,
  };
  const mailbox = options.mailbox ?? '1.14';
  const failures: Failures = {};
  const calls: string[] = [];
  /** Every value setAsync was given, in order. */
  const writes: { data: string; coercionType: string }[] = [];

  const answer = <T>(name: FakeCall, callback: (result: OfficeAsyncResult<T>) => void, value: () => T) => {
    calls.push(name);
    const failure = failures[name];
    delete failures[name];
    // Office.js answers asynchronously.
    queueMicrotask(() => callback(failure ? failed<T>(failure) : ok(value())));
  };

  const item: OfficeAppointmentCompose = {
    itemType: options.itemType ?? 'appointment',
    body: {
      getTypeAsync: (callback) => answer('getTypeAsync', callback, () => appointment.body.contentType),
      getAsync: (coercionType, callback) =>
        answer('getAsync', callback, () => {
          if (coercionType !== appointment.body.contentType) throw new Error(`the fake holds ${appointment.body.contentType}, asked for ${coercionType}`);
          return appointment.body.content;
        }),
      setAsync: (data, { coercionType }, callback) =>
        answer('setAsync', callback, () => {
          writes.push({ data, coercionType });
          appointment.body = { contentType: coercionType === 'text' ? 'text' : 'html', content: data };
        }),
    },
    subject: { getAsync: (callback) => answer('subject.getAsync', callback, () => appointment.subject) },
    saveAsync: (callback) =>
      answer('saveAsync', callback, () => {
        appointment.ewsId ??= 'AAMkAD/new+item=';
        return appointment.ewsId;
      }),
    getItemIdAsync: (callback) => {
      calls.push('getItemIdAsync');
      const failure = failures.getItemIdAsync ?? (appointment.ewsId === null ? { code: 9044, name: 'ItemNotSaved', message: 'The item has not been saved yet.' } : undefined);
      delete failures.getItemIdAsync;
      queueMicrotask(() => callback(failure ? failed<string>(failure) : ok(appointment.ewsId!)));
    },
    get seriesId() {
      return appointment.seriesId;
    },
    recurrence: { getAsync: (callback) => answer('recurrence.getAsync', callback, () => (appointment.isRecurring ? { recurrenceType: 'weekly' } : null)) },
  };

  const office: OfficeApi = {
    onReady: async () => ({ host: options.host === undefined ? 'Outlook' : options.host, platform: 'OfficeOnline' }),
    HostType: { Outlook: 'Outlook' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    MailboxEnums: { ItemType: { Appointment: 'appointment' }, RestVersion: { v2_0: 'v2.0' } },
    context: {
      displayLanguage: 'en-US',
      officeTheme: { isDarkTheme: false },
      requirements: { isSetSupported: (name, version = '1.1') => name === 'Mailbox' && compareVersions(mailbox, version) >= 0 },
      mailbox: {
        item,
        convertToRestId: (id, version) => {
          calls.push(`convertToRestId ${String(version)}`);
          return restIdOf(id);
        },
      },
    },
    auth: {
      getAccessToken: async () => {
        calls.push('getAccessToken');
        const failure = failures.getAccessToken;
        delete failures.getAccessToken;
        if (failure) throw failure;
        return options.token ?? 'sso-token';
      },
    },
  };
  if (compareVersions(mailbox, '1.8') < 0) delete item.getItemIdAsync;

  return { office, appointment, failures, calls, writes, failNext: (name: FakeCall, error: OfficeErrorInfo) => void (failures[name] = error) };
};

export type FakeOffice = ReturnType<typeof createFakeOffice>;
