// The app-only Graph adapter against the emulator over real HTTP: a client-credentials token from msal-node (through
// the emulator's OpenID metadata, as in production through Entra's), users, transcripts and subscriptions as the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppTokenSource } from '../../../server/auth/app-token';
import { emulatorIdentity } from '../../../server/auth/identity';
import { DEMO_APP } from '../../../server/emulator/index';
import { createAppGraphAdapter } from '../../../server/graph/app-graph';
import type { AppGraph } from '../../../server/services/speaking-notifications/ports';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

const WEEK = 7 * 86_400_000;

let stack: DemoStack;
let graph: AppGraph;
let hiroshi: { id: string; upn: string };

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
  const getAppToken = createAppTokenSource({ clientId: DEMO_APP.clientId, clientSecret: DEMO_APP.clientSecret, identity: emulatorIdentity(stack.emulatorUrl) });
  graph = createAppGraphAdapter({ baseUrl: `${stack.emulatorUrl}/v1.0`, getAppToken, pageSize: 3 }).forTenant(stack.running.emulator!.tenantId);
  const person = stack.people.find((p) => p.upn.startsWith('hiroshi.'))!;
  hiroshi = { id: person.id, upn: person.upn };
});
afterAll(() => stack.stop());

describe('[GRAPH]: Graph as the app itself', () => {
  it('finds a user by UPN or id, and answers null for someone the directory does not have', async () => {
    expect(await graph.findUser(hiroshi.upn)).toEqual(hiroshi);
    expect(await graph.findUser(hiroshi.id)).toEqual(hiroshi);
    expect(await graph.findUser('nobody@roundtabledemo.onmicrosoft.com')).toBeNull();
  });

  it('reads an organizer’s calendar and transcripts, every page, without anyone signed in', async () => {
    const reader = graph.artifactsOf(hiroshi.id);
    const now = Date.now();
    const events = await reader.listCalendarView({ start: new Date(now - 3 * WEEK), end: new Date(now) });
    expect(events.filter((e) => e.subject === 'Weekly team meeting' && e.isOrganizer).length).toBeGreaterThanOrEqual(3);
    const delta = await graph.readTranscriptDelta(hiroshi.id, { since: new Date(now - 11 * WEEK) });
    expect(delta.transcripts).toHaveLength(10);
    const [first] = delta.transcripts;
    const listing = await reader.listTranscripts(first!.onlineMeetingId);
    expect(listing.access === 'granted' && listing.transcripts.map((t) => t.transcriptId).sort()).toEqual(delta.transcripts.map((t) => t.transcriptId).sort());
    expect(await graph.getTranscript(hiroshi.id, first!.onlineMeetingId, first!.transcriptId)).toEqual({ transcriptId: first!.transcriptId, createdAt: first!.createdAt, endedAt: first!.endedAt });
    expect(await graph.getTranscript(hiroshi.id, first!.onlineMeetingId, 'no-such-transcript')).toBeNull();
    expect((await graph.readTranscriptDelta(hiroshi.id, { deltaLink: delta.deltaLink })).transcripts).toEqual([]);
  });

  it('renewing or deleting a subscription Graph no longer has is not an error', async () => {
    expect(await graph.renewSubscription('6aa5ced2-0a5a-4643-9274-3109c731d986', new Date(Date.now() + 3_600_000))).toBeNull();
    await expect(graph.deleteSubscription('6aa5ced2-0a5a-4643-9274-3109c731d986')).resolves.toBeUndefined();
  });
});
