import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP, type Emulator } from '../../../server/emulator/index';
import { ORIGIN, startEmulator, UPN } from './harness';

let emulator: Emulator;
beforeAll(async () => {
  ({ emulator } = await startEmulator());
});

describe('/demo', () => {
  it('lists the demo people with CORS open', async () => {
    const res = await emulator.app.request(`${ORIGIN}/demo/people`, { headers: { Origin: 'http://localhost:3978' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const people = (await res.json()) as { upn: string; displayName: string; id: string }[];
    expect(people).toHaveLength(emulator.people.length);
    expect(Object.keys(people[0] ?? {}).sort()).toEqual(['displayName', 'id', 'upn']);
  });

  it('hands out an SSO token for our app, or a Graph token with aud=graph', async () => {
    const sso = (await (await emulator.app.request(`${ORIGIN}/demo/token?upn=${UPN.aroha}`)).json()) as { access_token: string };
    expect(decodeJwt(sso.access_token)).toMatchObject({ aud: DEMO_APP.clientId, preferred_username: UPN.aroha, scp: 'access_as_user' });
    const graph = (await (await emulator.app.request(`${ORIGIN}/demo/token?upn=${UPN.aroha}&aud=graph`)).json()) as { access_token: string };
    expect(decodeJwt(graph.access_token)).toMatchObject({ aud: 'https://graph.microsoft.com', upn: UPN.aroha });
  });

  it('an unknown upn is 404 with a JSON error', async () => {
    const res = await emulator.app.request(`${ORIGIN}/demo/token?upn=someone@else.example`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('someone@else.example');
  });
});
