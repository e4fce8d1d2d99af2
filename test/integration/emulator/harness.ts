// Shared set-up for the emulator's integration tests: a fixed clock, the demo people, and a tiny Graph caller that
// goes through emulator.app.request (in process, no network).
import type { Event, OnlineMeeting } from '@microsoft/microsoft-graph-types';
import { createEmulator, DEMO_APP, type Emulator, type EmulatorOptions } from '../../../server/emulator/index';

/** A Tuesday, 25 minutes into the hour: the weekly team meeting is in progress. */
export const NOW = new Date('2025-03-04T10:25:00Z');
export const ORIGIN = 'http://localhost:3979';
export const APP_ID_URI = `api://localhost:3978/${DEMO_APP.clientId}`;

const domain = 'roundtabledemo.onmicrosoft.com';
export const UPN = {
  amara: `amara.okafor@${domain}`,
  hiroshi: `hiroshi.tanaka@${domain}`,
  lucia: `lucia.fernandez@${domain}`,
  priya: `priya.raman@${domain}`,
  mateus: `mateus.silva@${domain}`,
  fatima: `fatima.alsayed@${domain}`,
  jonas: `jonas.weber@${domain}`,
  aroha: `aroha.ngata@${domain}`,
  dmitri: `dmitri.volkov@${domain}`,
  kwame: `kwame.asante@${domain}`,
  ingrid: `ingrid.johansson@${domain}`,
  mei: `mei.lin@${domain}`,
};

export type Clock = { now: Date };

export const startEmulator = async (options: Partial<EmulatorOptions> = {}): Promise<{ emulator: Emulator; clock: Clock }> => {
  const clock: Clock = { now: NOW };
  const emulator = await createEmulator({ origin: ORIGIN, app: { ...DEMO_APP, appIdUri: APP_ID_URI }, now: () => clock.now, ...options });
  return { emulator, clock };
};

export type Collection<T> = { '@odata.context'?: string; '@odata.nextLink'?: string; value: T[] };
export type GraphErrorBody = { error: { code: string; message: string; innerError: Record<string, string> } };
export type Answer<T> = { status: number; headers: Headers; body: T; text: string };

const answer = async <T>(response: Response): Promise<Answer<T>> => {
  const text = await response.text();
  const isJson = (response.headers.get('Content-Type') ?? '').includes('json') && text !== '';
  return { status: response.status, headers: response.headers, body: (isJson ? JSON.parse(text) : text) as T, text };
};

/** The first element, or a failed test. */
export const first = <T>(items: T[] | undefined): T => {
  const item = items?.[0];
  if (item === undefined) throw new Error('expected at least one item');
  return item;
};

/** Calls Graph routes as `token`'s holder; paths are relative to /v1.0 or absolute @odata.nextLink URLs. */
export const graphAs = (emulator: Emulator, token: string) => {
  const send = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> => {
    const url = path.startsWith('http') ? path : `${ORIGIN}/v1.0${path}`;
    const init: RequestInit = { method, headers: { Authorization: `Bearer ${token}`, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
    }
    return answer<T>(await emulator.app.request(url, init));
  };
  return {
    get: <T = Record<string, unknown>>(path: string, headers?: Record<string, string>) => send<T>('GET', path, undefined, headers),
    patch: <T = Record<string, unknown>>(path: string, body: unknown, headers?: Record<string, string>) => send<T>('PATCH', path, body, headers),
    post: <T = Record<string, unknown>>(path: string, body: unknown, headers?: Record<string, string>) => send<T>('POST', path, body, headers),
    delete: (path: string) => send<string>('DELETE', path),
    /** Follows @odata.nextLink until the last page; returns every item and the number of pages. */
    all: async <T>(path: string, headers?: Record<string, string>): Promise<{ items: T[]; pages: number }> => {
      const items: T[] = [];
      let next: string | undefined = path;
      let pages = 0;
      while (next) {
        const page: Answer<Collection<T>> = await send<Collection<T>>('GET', next, undefined, headers);
        if (page.status !== 200) throw new Error(`${next} answered ${page.status}: ${page.text}`);
        items.push(...page.body.value);
        next = page.body['@odata.nextLink'];
        pages += 1;
      }
      return { items, pages };
    },
  };
};

export type Graph = ReturnType<typeof graphAs>;

export const graphFor = async (emulator: Emulator, upn: string): Promise<Graph> => graphAs(emulator, await emulator.mintGraphToken(upn));

export type TokenAnswer = Record<string, unknown> & { access_token?: string; error?: string; error_codes?: number[]; error_description?: string };

export const tokenRequest = async (emulator: Emulator, form: Record<string, string>, tenant = emulator.tenantId): Promise<Answer<TokenAnswer>> =>
  answer<TokenAnswer>(
    await emulator.app.request(`${ORIGIN}/${tenant}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    }),
  );

/** The join URL and online meeting of the weekly team meeting, as its organizer sees them. */
export const weeklyMeeting = async (graph: Graph): Promise<{ joinUrl: string; meetingId: string; occurrence: Event }> => {
  const view = await graph.get<Collection<Event>>(`/me/calendarView?startDateTime=${NOW.toISOString()}&endDateTime=${new Date(NOW.getTime() + 60_000).toISOString()}`);
  const occurrence = view.body.value.find((e) => e.subject === 'Weekly team meeting');
  const joinUrl = occurrence?.onlineMeeting?.joinUrl;
  if (!occurrence || !joinUrl) throw new Error('the weekly team meeting is not in progress');
  const found = await graph.get<Collection<OnlineMeeting>>(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`);
  const meetingId = first(found.body.value).id;
  if (!meetingId) throw new Error('the weekly team meeting has no online meeting');
  return { joinUrl, meetingId, occurrence };
};
