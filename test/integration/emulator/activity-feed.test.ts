import { readFileSync } from 'node:fs';
import type { User } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../server/emulator/index';
import { graphFor, ORIGIN, startEmulator, UPN, type Collection, type Graph, type GraphErrorBody } from './harness';

const request = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../../../shared/fixtures/graph/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

let emulator: Emulator;
let sender: Graph;
beforeAll(async () => {
  ({ emulator } = await startEmulator());
  sender = await graphFor(emulator, UPN.hiroshi);
});

const notify = async (upn: string, body: unknown) => sender.post<GraphErrorBody>(`/users/${upn}/teamwork/sendActivityNotification`, body);

describe('activity feed notifications', () => {
  it('sends a notification (both documented request shapes) with 204', async () => {
    expect((await notify(UPN.lucia, request('sendActivityNotification-textTopic.request.json'))).status).toBe(204);
    expect((await notify(UPN.lucia, request('sendActivityNotification-entityUrl.request.json'))).status).toBe(204);
    const feed = (await (await emulator.app.request(`${ORIGIN}/demo/activity?upn=${UPN.lucia}`)).json()) as unknown[];
    expect(feed).toHaveLength(2);
  });

  it('a preview longer than 150 characters is 400', async () => {
    const body = { ...request('sendActivityNotification-textTopic.request.json'), previewText: { content: 'x'.repeat(151) } };
    expect((await notify(UPN.lucia, body)).status).toBe(400);
  });

  it('a recipient without Roundtable installed gets Graph’s error', async () => {
    const res = await notify(UPN.dmitri, request('sendActivityNotification-textTopic.request.json'));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('Forbidden');
  });

  it('an unknown parameter is 400', async () => {
    expect((await notify(UPN.lucia, { ...request('sendActivityNotification-textTopic.request.json'), recipientz: 'x' })).status).toBe(400);
  });

  it('installedApps shows Roundtable for people who have it', async () => {
    const lucia = await sender.get<Collection<{ teamsApp?: { displayName: string } }>>(`/users/${UPN.lucia}/teamwork/installedApps?$expand=teamsApp`);
    expect(lucia.body.value[0]?.teamsApp?.displayName).toBe('Roundtable');
    expect((await sender.get<Collection<User>>(`/users/${UPN.dmitri}/teamwork/installedApps`)).body.value).toEqual([]);
  });
});
