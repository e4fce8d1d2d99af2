import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP, type Emulator } from '../../../server/emulator/index';
import { APP_ID_URI, ORIGIN, startEmulator, tokenRequest, UPN } from './harness';

const GRAPH_DEFAULT = 'https://graph.microsoft.com/.default';
const TEAMS_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';

let emulator: Emulator;
let keys: ReturnType<typeof createLocalJWKSet>;
beforeAll(async () => {
  ({ emulator } = await startEmulator());
  const jwks = (await (await emulator.app.request(`${ORIGIN}/common/discovery/v2.0/keys`)).json()) as JSONWebKeySet;
  keys = createLocalJWKSet(jwks);
});

const obo = async (assertion: string, overrides: Record<string, string> = {}) =>
  tokenRequest(emulator, {
    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    requested_token_use: 'on_behalf_of',
    client_id: DEMO_APP.clientId,
    client_secret: DEMO_APP.clientSecret,
    scope: `${GRAPH_DEFAULT} openid profile offline_access`,
    assertion,
    ...overrides,
  });

describe('Entra ID discovery', () => {
  it('publishes a tenant OpenID configuration pointing at the emulator', async () => {
    const res = await emulator.app.request(`${ORIGIN}/${emulator.tenantId}/v2.0/.well-known/openid-configuration`);
    const config = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(config).toMatchObject({
      issuer: `${ORIGIN}/${emulator.tenantId}/v2.0`,
      jwks_uri: `${ORIGIN}/common/discovery/v2.0/keys`,
      token_endpoint: `${ORIGIN}/${emulator.tenantId}/oauth2/v2.0/token`,
      authorization_endpoint: `${ORIGIN}/${emulator.tenantId}/oauth2/v2.0/authorize`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
  });

  it('keeps the {tenantid} placeholder in the common endpoint issuer, as Entra does', async () => {
    const config = (await (await emulator.app.request(`${ORIGIN}/common/v2.0/.well-known/openid-configuration`)).json()) as { issuer: string };
    expect(config.issuer).toBe(`${ORIGIN}/{tenantid}/v2.0`);
  });

  it('answers an unknown tenant with AADSTS90002', async () => {
    const res = await emulator.app.request(`${ORIGIN}/not-a-tenant/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error_codes: number[] }).error_codes).toEqual([90002]);
  });

  it('publishes an RS256 signing key with kid and use', async () => {
    const jwks = (await (await emulator.app.request(`${ORIGIN}/${emulator.tenantId}/discovery/v2.0/keys`)).json()) as JSONWebKeySet;
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', kid: expect.any(String), n: expect.any(String), e: 'AQAB' });
  });
});

describe('Teams SSO tokens', () => {
  it('a v2.0 SSO token names the app as audience and Teams as the authorized party', async () => {
    const token = await emulator.mintSsoToken(UPN.lucia);
    const { payload, protectedHeader } = await jwtVerify(token, keys, { issuer: `${ORIGIN}/${emulator.tenantId}/v2.0`, audience: DEMO_APP.clientId, currentDate: new Date(decodeJwt(token).iat! * 1000) });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: expect.any(String) });
    expect(payload).toMatchObject({ ver: '2.0', azp: TEAMS_CLIENT_ID, tid: emulator.tenantId, scp: 'access_as_user', preferred_username: UPN.lucia, name: 'Lucía Fernández' });
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  it('a v1.0 SSO token is issued by the sts stand-in for the app id URI', async () => {
    const payload = decodeJwt(await emulator.mintSsoToken(UPN.lucia, { version: '1.0' }));
    expect(payload).toMatchObject({ ver: '1.0', iss: `${ORIGIN}/sts/${emulator.tenantId}/`, aud: APP_ID_URI, appid: TEAMS_CLIENT_ID, upn: UPN.lucia, unique_name: UPN.lucia });
  });

  it('overrides make expired, foreign-tenant and wrong-scope tokens', async () => {
    const payload = decodeJwt(await emulator.mintSsoToken(UPN.lucia, { expiresInSeconds: -600, tid: 'f00dfeed-0000-4000-8000-000000000000', scp: 'User.Read', aud: 'api://elsewhere' }));
    expect(payload.exp! * 1000).toBeLessThan(Date.parse('2025-03-04T10:25:00Z'));
    expect(payload).toMatchObject({ tid: 'f00dfeed-0000-4000-8000-000000000000', scp: 'User.Read', aud: 'api://elsewhere', iss: `${ORIGIN}/f00dfeed-0000-4000-8000-000000000000/v2.0` });
  });
});

describe('on-behalf-of', () => {
  it('exchanges an SSO token for a delegated Graph token for the same person', async () => {
    const res = await obo(await emulator.mintSsoToken(UPN.priya));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, scope: expect.stringContaining('Calendars.ReadWrite') });
    const graphToken = decodeJwt(res.body.access_token!);
    expect(graphToken).toMatchObject({ aud: 'https://graph.microsoft.com', idtyp: 'user', upn: UPN.priya, name: 'Priya Raman', tid: emulator.tenantId, appid: DEMO_APP.clientId });
    expect(String(graphToken.scp)).toContain('OnlineMeetingTranscript.Read.All');
    expect(decodeProtectedHeader(res.body.access_token!)).toHaveProperty('nonce');
    expect(res.body).toHaveProperty('id_token');
    expect(res.body).toHaveProperty('refresh_token');
  });

  it('accepts a v1.0 assertion whose audience is the app id URI', async () => {
    expect((await obo(await emulator.mintSsoToken(UPN.priya, { version: '1.0' }))).status).toBe(200);
  });

  it('a wrong client secret is 401 invalid_client AADSTS7000215', async () => {
    const res = await obo(await emulator.mintSsoToken(UPN.priya), { client_secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: 'invalid_client', error_codes: [7000215], trace_id: expect.any(String), correlation_id: expect.any(String), timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/) });
    expect(res.body.error_description).toMatch(/^AADSTS7000215: Invalid client secret provided\..*\r\nTrace ID: .*\r\nCorrelation ID: .*\r\nTimestamp: /s);
  });

  it('a foreign assertion (signed by another issuer) fails signature validation', async () => {
    const { emulator: other } = await startEmulator();
    const res = await obo(await other.mintSsoToken(UPN.priya));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_grant', error_codes: [50013] });
  });

  it('an expired assertion is AADSTS500133', async () => {
    const res = await obo(await emulator.mintSsoToken(UPN.priya, { expiresInSeconds: -3600 }));
    expect(res.body).toMatchObject({ error: 'invalid_grant', error_codes: [500133] });
  });

  it('an assertion for another audience is AADSTS500131', async () => {
    const res = await obo(await emulator.mintSsoToken(UPN.priya, { aud: 'api://someone-else' }));
    expect(res.body).toMatchObject({ error: 'invalid_grant', error_codes: [500131] });
  });

  it('an assertion from another tenant is refused', async () => {
    const res = await obo(await emulator.mintSsoToken(UPN.priya, { tid: 'f00dfeed-0000-4000-8000-000000000000' }));
    expect(res.body).toMatchObject({ error: 'invalid_grant', error_codes: [50020] });
  });

  it('an assertion without access_as_user is refused', async () => {
    const res = await obo(await emulator.mintSsoToken(UPN.priya, { scp: 'User.Read' }));
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_grant');
  });

  it('a malformed assertion is AADSTS50027', async () => {
    expect((await obo('not-a-jwt')).body).toMatchObject({ error: 'invalid_request', error_codes: [50027] });
  });

  it('an unknown client id is AADSTS700016', async () => {
    const res = await obo(await emulator.mintSsoToken(UPN.priya), { client_id: '00000000-1111-4222-8333-444444444444' });
    expect(res.body).toMatchObject({ error: 'unauthorized_client', error_codes: [700016] });
  });

  it('a Graph scope nobody consented to is AADSTS65001', async () => {
    const res = await obo(await emulator.mintSsoToken(UPN.priya), { scope: 'https://graph.microsoft.com/Mail.Send' });
    expect(res.body).toMatchObject({ error: 'invalid_grant', error_codes: [65001] });
  });

  it('a refresh token buys a new access token once', async () => {
    const first = await obo(await emulator.mintSsoToken(UPN.priya));
    const form = { grant_type: 'refresh_token', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, refresh_token: String(first.body.refresh_token) };
    expect((await tokenRequest(emulator, form)).status).toBe(200);
    expect((await tokenRequest(emulator, form)).body).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('client credentials', () => {
  const form = { grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: GRAPH_DEFAULT };

  it('issues an app-only Graph token with roles and no user', async () => {
    const res = await tokenRequest(emulator, form);
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('scope');
    const claims = decodeJwt(res.body.access_token!);
    expect(claims).toMatchObject({ aud: 'https://graph.microsoft.com', idtyp: 'app', appid: DEMO_APP.clientId, roles: expect.arrayContaining(['OnlineMeetingTranscript.Read.All']) });
    expect(claims).not.toHaveProperty('scp');
    expect(claims).not.toHaveProperty('upn');
  });

  it('a scope without /.default is AADSTS1002012', async () => {
    expect((await tokenRequest(emulator, { ...form, scope: 'https://graph.microsoft.com/User.Read.All' })).body).toMatchObject({ error: 'invalid_scope', error_codes: [1002012] });
  });

  it('an unsupported grant type is AADSTS70003', async () => {
    expect((await tokenRequest(emulator, { ...form, grant_type: 'password' })).body).toMatchObject({ error: 'unsupported_grant_type', error_codes: [70003] });
  });
});
