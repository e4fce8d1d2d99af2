import type { DirectoryObject, User } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../server/emulator/index';
import { graphFor, ORIGIN, startEmulator, UPN, type Collection, type Graph, type GraphErrorBody } from './harness';

let emulator: Emulator;
let graph: Graph;
beforeAll(async () => {
  ({ emulator } = await startEmulator({ pageSize: 4 }));
  graph = await graphFor(emulator, UPN.hiroshi);
});

describe('users', () => {
  it('/me is the signed-in person with Graph default properties', async () => {
    const res = await graph.get<User & { '@odata.context': string }>('/me');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ '@odata.context': `${ORIGIN}/v1.0/$metadata#users/$entity`, userPrincipalName: UPN.hiroshi, displayName: 'Hiroshi Tanaka', jobTitle: 'Engineering Manager' });
    expect(res.headers.get('Content-Type')).toContain('odata.metadata=minimal');
  });

  it('a user is found by id or by user principal name', async () => {
    const byUpn = await graph.get<User>(`/users/${UPN.lucia}`);
    const byId = await graph.get<User>(`/users/${byUpn.body.id}`);
    expect(byId.body.userPrincipalName).toBe(UPN.lucia);
  });

  it('an unknown user is 404 Request_ResourceNotFound', async () => {
    const res = await graph.get<GraphErrorBody>('/users/nobody@roundtabledemo.onmicrosoft.com');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('/users pages with @odata.nextLink until every person is listed', async () => {
    const { items, pages } = await graph.all<User>('/users');
    expect(items.map((u) => u.userPrincipalName).sort()).toEqual(Object.values(UPN).sort());
    expect(pages).toBe(3);
  });

  it('$select returns only the selected properties', async () => {
    const res = await graph.get<Record<string, unknown>>('/me?$select=displayName,jobTitle');
    expect(Object.keys(res.body).sort()).toEqual(['@odata.context', 'displayName', 'jobTitle']);
    expect((await graph.get<GraphErrorBody>('/me?$select=nickname')).status).toBe(400);
  });

  it('manager and direct reports form a two-level hierarchy', async () => {
    const manager = await graph.get<User & { '@odata.type': string }>(`/users/${UPN.lucia}/manager`);
    expect(manager.body).toMatchObject({ '@odata.type': '#microsoft.graph.user', userPrincipalName: UPN.hiroshi });
    const bossOfBoss = await graph.get<User>('/me/manager');
    expect(bossOfBoss.body.userPrincipalName).toBe(UPN.amara);
    const reports = await graph.all<DirectoryObject & User>('/me/directReports');
    expect(reports.items.length).toBeGreaterThanOrEqual(4);
    expect(reports.items.every((r) => (r as { '@odata.type'?: string })['@odata.type'] === '#microsoft.graph.user')).toBe(true);
    expect((await graph.get<GraphErrorBody>(`/users/${UPN.amara}/manager`)).status).toBe(404);
  });

  it('directReports of someone without reports is an empty collection', async () => {
    expect((await graph.get<Collection<User>>(`/users/${UPN.jonas}/directReports`)).body.value).toEqual([]);
  });
});
