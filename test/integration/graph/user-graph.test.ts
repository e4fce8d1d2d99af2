// The Graph adapter against the emulator over real HTTP: paging, errors, tokens on every request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphAdapter } from '../../../server/graph/user-graph';
import type { UserGraph, VerifiedUser } from '../../../server/services/ports';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
let organizer: VerifiedUser;

const graphFor = (user: VerifiedUser, pageSize?: number): UserGraph =>
  createGraphAdapter({
    baseUrl: `${stack.emulatorUrl}/v1.0`,
    getUserToken: (u) => stack.running.emulator!.mintGraphToken(u.upn),
    ...(pageSize ? { pageSize } : {}),
  }).forUser(user);

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
  const hiroshi = stack.people.find((p) => p.upn.startsWith('hiroshi.'))!;
  organizer = { id: hiroshi.id, tenantId: stack.running.emulator!.tenantId, displayName: hiroshi.displayName, upn: hiroshi.upn, ssoToken: '' };
});
afterAll(() => stack.stop());

const WEEK = 7 * 86_400_000;

describe('[GRAPH]: the Graph adapter', () => {
  it('reads /me with the person’s token', async () => {
    expect(await graphFor(organizer).getMe()).toEqual({ id: organizer.id, displayName: organizer.displayName, upn: organizer.upn });
  });

  it('follows @odata.nextLink until every occurrence in the window is read', async () => {
    const now = Date.now();
    const range = { start: new Date(now - 10 * WEEK), end: new Date(now + 2 * WEEK) };
    const before = stack.running.emulator!.stats().graphRequests;
    const events = await graphFor(organizer, 3).listCalendarView(range);
    const requests = stack.running.emulator!.stats().graphRequests - before;
    const weekly = events.filter((e) => e.subject === 'Weekly team meeting');
    // Weekly for at least 8 weeks back and on into the future: 12 weeks of window hold 12 (or 13) occurrences.
    expect(weekly.length).toBeGreaterThanOrEqual(12);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    // Pages of 3: one request per page (a server may or may not add a last, empty page).
    expect(requests).toBeGreaterThanOrEqual(Math.ceil(events.length / 3));
    expect(requests).toBeLessThanOrEqual(Math.ceil(events.length / 3) + 1);
    const starts = events.map((e) => Date.parse(e.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(weekly.every((e) => e.type === 'occurrence' || e.type === 'exception')).toBe(true);
  });

  it('resolves the online meeting of an event from its join URL', async () => {
    const graph = graphFor(organizer);
    const [event] = (await graph.listCalendarView({ start: new Date(), end: new Date(Date.now() + WEEK) })).filter((e) => e.joinUrl);
    const online = await graph.findOnlineMeetingByJoinUrl(event!.joinUrl!);
    expect(online?.joinUrl).toBe(event!.joinUrl);
    expect(online?.chatId).toMatch(/^19:meeting_/);
  });

  it('maps Graph 404 for an unknown event to not_found', async () => {
    await expect(graphFor(organizer).getEvent('AAMkADdoesnotexist')).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });
});
