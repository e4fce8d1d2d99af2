// Check-in set-up and checks for browser tests, through the API and the emulator's Graph (never the UI): whose event
// is which, what an invite body holds, seeding a check-in and a round.
import { randomUUID } from 'node:crypto';
import { callApi, tokenFor } from '../support/api';
import type { DemoStack } from '../support/demo-stack';

export const checkinApi = (stack: DemoStack) => {
  const upnOf = (name: string) => {
    const person = stack.people.find((candidate) => candidate.displayName === name);
    if (!person) throw new Error(`no demo person ${name}`);
    return person.upn;
  };

  const graph = async (name: string, path: string) => {
    const response = await fetch(`${stack.emulatorUrl}/v1.0${path}`, { headers: { Authorization: `Bearer ${await tokenFor(stack, upnOf(name), 'graph')}` } });
    if (!response.ok) throw new Error(`Graph ${path} for ${name}: ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  };

  /** That person's own event id of a meeting: the occurrence in progress or the next one. */
  const eventIdOf = async (name: string, subject: string): Promise<string> => {
    const start = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const end = new Date(Date.now() + 8 * 86_400_000).toISOString();
    const view = (await graph(name, `/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=50`)) as {
      value: { id: string; subject: string; start: { dateTime: string }; end: { dateTime: string } }[];
    };
    const event = view.value
      .filter((candidate) => candidate.subject === subject && Date.parse(`${candidate.end.dateTime}Z`) > Date.now())
      .sort((a, b) => Date.parse(a.start.dateTime) - Date.parse(b.start.dateTime))[0];
    if (!event) throw new Error(`${name} has no ${subject}`);
    return event.id;
  };

  const readEvent = (name: string, eventId: string) =>
    graph(name, `/me/events/${encodeURIComponent(eventId)}?$select=body`) as Promise<{ body: { content: string; contentType: 'html' | 'text' }; '@odata.etag': string }>;

  const call = async (name: string, method: string, path: string, body?: unknown) => {
    const response = await callApi(stack.appUrl, path, await tokenFor(stack, upnOf(name)), {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
    });
    return response;
  };
  const checkinPath = (eventId: string, rest = '') => `/api/meetings/${encodeURIComponent(eventId)}/checkin${rest}`;
  const expectOk = async (response: Response, what: string) => {
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return response;
  };

  return {
    upnOf,
    eventIdOf,
    readEvent,
    call,
    checkinPath,
    setCheckin: async (organizer: string, subject: string, choice: { customQuestion?: string; promptId?: string; anonymous: boolean }) =>
      expectOk(
        await call(organizer, 'PUT', checkinPath(await eventIdOf(organizer, subject)), {
          promptId: choice.promptId ?? null,
          customQuestion: choice.customQuestion ?? null,
          anonymous: choice.anonymous,
          scope: 'occurrence',
        }),
        `set the check-in of ${subject}`,
      ),
    act: async (name: string, subject: string, move: object) => call(name, 'POST', checkinPath(await eventIdOf(name, subject), '/actions'), move),
    answer: async (name: string, subject: string, answer: string | Record<string, number>) =>
      expectOk(
        await call(name, 'PUT', checkinPath(await eventIdOf(name, subject), '/answer'), {
          submissionId: randomUUID(),
          ...(typeof answer === 'string' ? { text: answer } : { scales: answer }),
        }),
        `${name} answers`,
      ),
    /** The series master's body, where a check-in for the whole series is written. */
    readSeriesMaster: async (name: string, subject: string) => {
      const occurrence = (await graph(name, `/me/events/${encodeURIComponent(await eventIdOf(name, subject))}?$select=seriesMasterId`)) as { seriesMasterId: string };
      return readEvent(name, occurrence.seriesMasterId);
    },
  };
};
