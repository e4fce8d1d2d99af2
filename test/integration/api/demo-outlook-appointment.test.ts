// Demo mode's routes behind the dev host's Outlook appointment form: open a demo person's appointment and save its
// body, through the same Graph adapter the API uses (the emulator here), as that person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, tokenFor, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
});
afterAll(() => stack.stop());

const upnOf = (handle: string) => stack.people.find((p) => p.upn.startsWith(`${handle}@`))!.upn;

const graph = async (handle: string, path: string) => {
  const response = await fetch(`${stack.emulatorUrl}/v1.0${path}`, { headers: { Authorization: `Bearer ${await tokenFor(stack, upnOf(handle), 'graph')}` } });
  return (await response.json()) as Record<string, unknown>;
};

const roadmapOf = async (handle: string) => {
  const start = new Date(Date.now() - 2 * 3_600_000).toISOString();
  const end = new Date(Date.now() + 8 * 86_400_000).toISOString();
  const view = (await graph(handle, `/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=50`)) as { value: { id: string; subject: string }[] };
  return view.value.find((e) => e.subject === 'Roadmap review')!.id;
};

const open = (handle: string, eventId: string) =>
  callApi(stack.appUrl, `/dev/api/outlook/appointment?${new URLSearchParams({ upn: upnOf(handle), eventId }).toString()}`);

const save = (body: unknown) => callApi(stack.appUrl, '/dev/api/outlook/appointment', undefined, { method: 'PUT', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

describe('[CHECKIN]: the dev host’s Outlook appointment form', () => {
  it('opens a person’s appointment with its body, as Graph holds it', async () => {
    const eventId = await roadmapOf('amara.okafor');
    const response = await open('amara.okafor', eventId);
    expect(response.status).toBe(200);
    const appointment = (await response.json()) as { eventId: string; subject: string; isOrganizer: boolean; body: { contentType: string; content: string } };
    expect(appointment).toMatchObject({ eventId, subject: 'Roadmap review', isOrganizer: true, body: { contentType: 'html' } });
    expect(appointment.body.content).toBe(((await graph('amara.okafor', `/me/events/${encodeURIComponent(eventId)}?$select=body`)) as { body: { content: string } }).body.content);
    expect(((await (await open('priya.raman', await roadmapOf('priya.raman'))).json()) as { isOrganizer: boolean }).isOrganizer).toBe(false);
  });

  it('saves exactly the body it is given', async () => {
    const eventId = await roadmapOf('amara.okafor');
    const content = '<html><body>\r\n<p>Saved from the dev host</p>\r\n</body></html>';
    const response = await save({ upn: upnOf('amara.okafor'), eventId, body: { contentType: 'html', content } });
    expect(response.status).toBe(200);
    expect(((await graph('amara.okafor', `/me/events/${encodeURIComponent(eventId)}?$select=body`)) as { body: { content: string } }).body.content).toBe(content);
  });

  it('answers Graph’s 404 for another mailbox’s event, 404 for an unknown person, and 400 for a bad request', async () => {
    const amarasEvent = await roadmapOf('amara.okafor');
    expect((await open('jonas.weber', amarasEvent)).status).toBe(404);
    const unknown = await callApi(stack.appUrl, `/dev/api/outlook/appointment?upn=nobody%40example.com&eventId=${encodeURIComponent(amarasEvent)}`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ApiError).error.message).toMatch(/no demo person/);
    expect((await save({ upn: upnOf('amara.okafor'), eventId: amarasEvent, body: { contentType: 'rtf', content: 'x' } })).status).toBe(400);
    expect((await callApi(stack.appUrl, '/dev/api/outlook/appointment?upn=x')).status).toBe(400);
  });
});
