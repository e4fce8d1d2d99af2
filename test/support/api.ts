// Small helpers for API tests: sign in as a demo person through the emulator, call the API, read JSON errors.
import type { DemoStack } from './demo-stack';

export const tokenFor = async (stack: DemoStack, upn: string, aud?: 'graph'): Promise<string> => {
  const response = await fetch(`${stack.emulatorUrl}/demo/token?upn=${encodeURIComponent(upn)}${aud ? `&aud=${aud}` : ''}`);
  if (!response.ok) throw new Error(`demo token for ${upn}: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
};

export const callApi = (appUrl: string, path: string, token?: string, init: RequestInit = {}) =>
  fetch(`${appUrl}${path}`, {
    ...init,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string> | undefined) },
  });

export type ApiError = { error: { code: string; message: string; requestId: string } };

export const personNamed = (stack: DemoStack, displayName: string) => {
  const person = stack.people.find((p) => p.displayName === displayName);
  if (!person) throw new Error(`no demo person ${displayName}: ${stack.people.map((p) => p.displayName).join(', ')}`);
  return person;
};

/**
 * Acting as demo people by their handle ("lucia.fernandez"): their upn, their API token (fetched once), Graph as they
 * see it (the emulator), their own event id of a meeting, and API calls with a JSON body. `stackOf` reads the stack the
 * file's beforeAll started.
 */
export const demoPeople = (stackOf: () => DemoStack) => {
  const tokens = new Map<string, string>();
  const upnOf = (handle: string) => stackOf().people.find((p) => p.upn.startsWith(`${handle}@`))!.upn;
  const token = async (handle: string) => {
    if (!tokens.has(handle)) tokens.set(handle, await tokenFor(stackOf(), upnOf(handle)));
    return tokens.get(handle)!;
  };
  const graph = async (handle: string, path: string) => {
    const response = await fetch(`${stackOf().emulatorUrl}/v1.0${path}`, { headers: { Authorization: `Bearer ${await tokenFor(stackOf(), upnOf(handle), 'graph')}` } });
    return (await response.json()) as Record<string, unknown>;
  };
  /** That person's own event id of a meeting: the occurrence in progress or the next one. */
  const eventIdOf = async (handle: string, subject: string) => {
    const start = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const end = new Date(Date.now() + 8 * 86_400_000).toISOString();
    const view = (await graph(handle, `/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=50`)) as { value: { id: string; subject: string; end: { dateTime: string } }[] };
    const event = view.value.find((e) => e.subject === subject && Date.parse(`${e.end.dateTime}Z`) > Date.now());
    if (!event) throw new Error(`${handle} has no ${subject}`);
    return event.id;
  };
  /** A body that is a string goes as it is (to test malformed JSON); anything else as JSON. */
  const api = async (handle: string, method: string, path: string, body?: unknown) =>
    callApi(stackOf().appUrl, path, await token(handle), {
      method,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
    });
  return { upnOf, token, graph, eventIdOf, api };
};
