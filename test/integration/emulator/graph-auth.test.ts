import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP, type Emulator } from '../../../server/emulator/index';
import { graphAs, graphFor, ORIGIN, startEmulator, tokenRequest, UPN, type GraphErrorBody } from './harness';

let emulator: Emulator;
beforeAll(async () => {
  ({ emulator } = await startEmulator());
});

const appOnlyToken = async (): Promise<string> =>
  String(
    (await tokenRequest(emulator, { grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: 'https://graph.microsoft.com/.default' })).body
      .access_token,
  );

describe('Graph bearer tokens', () => {
  it('a request without a token is 401 "Access token is empty."', async () => {
    const res = await emulator.app.request(`${ORIGIN}/v1.0/me`);
    const body = (await res.json()) as GraphErrorBody;
    expect(res.status).toBe(401);
    expect(body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token is empty.' });
    expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
  });

  it('a malformed token is 401 with the JWT-not-well-formed message', async () => {
    const res = await graphAs(emulator, 'garbage').get<GraphErrorBody>('/me');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/^IDX14100: JWT is not well formed/);
  });

  it('an expired token is 401 "Lifetime validation failed, the token is expired."', async () => {
    const { emulator: later, clock } = await startEmulator();
    const token = await later.mintGraphToken(UPN.amara);
    clock.now = new Date(clock.now.getTime() + 2 * 3600_000);
    const res = await graphAs(later, token).get<GraphErrorBody>('/me');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('Lifetime validation failed, the token is expired.');
  });

  it('a token signed by someone else is 401 validation failure', async () => {
    const { emulator: other } = await startEmulator();
    const res = await graphAs(emulator, await other.mintGraphToken(UPN.amara)).get<GraphErrorBody>('/me');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' });
  });

  it('an SSO token for Roundtable is not a Graph token: 401 invalid audience', async () => {
    const res = await graphAs(emulator, await emulator.mintSsoToken(UPN.amara)).get<GraphErrorBody>('/me');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('Access token validation failure. Invalid audience.');
  });

  it('errors carry innerError and echo client-request-id', async () => {
    const res = await emulator.app.request(`${ORIGIN}/v1.0/me`, { headers: { 'client-request-id': 'abc-123' } });
    const body = (await res.json()) as GraphErrorBody;
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    expect(res.headers.get('request-id')).toBe(body.error.innerError['request-id']);
    expect(body.error.innerError).toMatchObject({ date: '2025-03-04T10:25:00', 'client-request-id': 'abc-123' });
  });
});

describe('Graph paths', () => {
  it('an unknown segment is 400 "Resource not found for the segment"', async () => {
    const graph = await graphFor(emulator, UPN.amara);
    const res = await graph.get<GraphErrorBody>('/me/calendarViews');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BadRequest', message: "Resource not found for the segment 'calendarViews'." });
  });

  it('a known path with the wrong method is 405', async () => {
    expect((await (await graphFor(emulator, UPN.amara)).delete('/me/calendarView')).status).toBe(405);
  });

  it('a query option the emulator does not implement is refused, not ignored', async () => {
    const res = await (await graphFor(emulator, UPN.amara)).get<GraphErrorBody>('/users?$orderby=displayName');
    expect(res.status).toBe(501);
    expect(res.body.error.message).toContain("'$orderby'");
  });

  it('/me with an app-only token is 400', async () => {
    const res = await graphAs(emulator, await appOnlyToken()).get<GraphErrorBody>('/me');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('/me request is only valid with delegated authentication flow.');
  });

  it('an app-only token reaches a user by id', async () => {
    const res = await graphAs(emulator, await appOnlyToken()).get<{ userPrincipalName: string }>(`/users/${UPN.jonas}`);
    expect(res.status).toBe(200);
    expect(res.body.userPrincipalName).toBe(UPN.jonas);
  });
});
