// Teams SSO token verification as Entra ID issues tokens (production identity metadata), with a local key set.
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTVerifyGetKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { entraIdentity } from '../../../server/auth/identity';
import { createSsoVerifier, type SsoVerifier } from '../../../server/auth/verify-sso-token';
import { AppError } from '../../../server/errors';

const CLIENT_ID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const APP_ID_URI = `api://roundtable.contoso.com/${CLIENT_ID}`;
const TENANT = 'a1b2c3d4-0000-4000-8000-000000000001';
const OTHER_TENANT = 'b1b2c3d4-0000-4000-8000-000000000002';
const NOW = new Date('2026-11-21T12:00:00Z');
const nowSeconds = NOW.getTime() / 1000;

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;
let keys: Keys;
let foreignKeys: Keys;
let verify: SsoVerifier;
let keyFetches = 0;
let countingKeys: JWTVerifyGetKey;

const v2Claims = (overrides: Record<string, unknown> = {}) => ({
  aud: CLIENT_ID,
  iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
  tid: TENANT,
  oid: 'user-oid-1',
  name: 'Amara Okafor',
  preferred_username: 'amara@contoso.com',
  scp: 'access_as_user',
  ver: '2.0',
  iat: nowSeconds - 60,
  nbf: nowSeconds - 60,
  exp: nowSeconds + 3600,
  ...overrides,
});

const sign = (claims: Record<string, unknown>, key: Keys = keys, kid = 'k1') =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key.privateKey);

const expectRefusal = async (token: string | undefined, message: RegExp) => {
  const error = await verify(token).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(401);
  expect((error as AppError).message).toMatch(message);
  expect((error as AppError).headers['WWW-Authenticate']).toMatch(/^Bearer realm="roundtable"/);
};

beforeAll(async () => {
  keys = await generateKeyPair('RS256');
  foreignKeys = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const local = createLocalJWKSet({ keys: [jwk] });
  countingKeys = (header, token) => {
    keyFetches++;
    return local(header, token);
  };
  verify = createSsoVerifier({
    clientId: CLIENT_ID,
    appIdUri: APP_ID_URI,
    allowedTenants: [TENANT],
    identity: entraIdentity,
    keys: countingKeys,
    now: () => NOW,
  });
});

describe('Teams SSO token verification', () => {
  it('accepts a v2.0 token and names the user', async () => {
    const user = await verify(await sign(v2Claims()));
    expect(user).toMatchObject({ id: 'user-oid-1', tenantId: TENANT, displayName: 'Amara Okafor', upn: 'amara@contoso.com' });
  });

  it('accepts a v1.0 token addressed to the app id URI, issued by sts.windows.net', async () => {
    const token = await sign(
      v2Claims({ ver: '1.0', aud: APP_ID_URI, iss: `https://sts.windows.net/${TENANT}/`, preferred_username: undefined, upn: 'amara@contoso.com' }),
    );
    expect(await verify(token)).toMatchObject({ id: 'user-oid-1', upn: 'amara@contoso.com' });
  });

  it('challenges a request without a token', async () => {
    await expectRefusal(undefined, /Sign-in required/);
    const error = (await verify(undefined).catch((e: unknown) => e)) as AppError;
    expect(error.headers['WWW-Authenticate']).toBe('Bearer realm="roundtable"');
  });

  it('refuses a malformed token', async () => {
    await expectRefusal('not.a.jwt', /well-formed/);
    await expectRefusal('abc', /well-formed/);
  });

  it('refuses an expired token', async () => {
    await expectRefusal(await sign(v2Claims({ exp: nowSeconds - 600, iat: nowSeconds - 4000, nbf: nowSeconds - 4000 })), /expired/);
  });

  it('refuses a token that is not valid yet', async () => {
    await expectRefusal(await sign(v2Claims({ nbf: nowSeconds + 3600 })), /nbf/);
  });

  it('refuses a token signed with another key', async () => {
    await expectRefusal(await sign(v2Claims(), foreignKeys), /signature/);
  });

  it('refuses alg none without looking up keys', async () => {
    const before = keyFetches;
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    await expectRefusal(`${encode({ alg: 'none', typ: 'JWT' })}.${encode(v2Claims())}.`, /algorithm none/);
    expect(keyFetches).toBe(before);
  });

  it('refuses HS256 (a key-confusion attempt)', async () => {
    const token = await new SignJWT(v2Claims()).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('x'.repeat(32)));
    await expectRefusal(token, /algorithm HS256/);
  });

  it('refuses a token for another audience', async () => {
    await expectRefusal(await sign(v2Claims({ aud: '00000003-0000-0000-c000-000000000000' })), /aud/);
  });

  it('refuses a tenant outside the allow-list', async () => {
    await expectRefusal(
      await sign(v2Claims({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })),
      /tenant is not allowed/,
    );
  });

  it('refuses an issuer that is not Entra before fetching any key', async () => {
    const before = keyFetches;
    await expectRefusal(await sign(v2Claims({ iss: `http://localhost:3979/${TENANT}/v2.0` })), /not issued by Microsoft Entra/);
    await expectRefusal(await sign(v2Claims({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })), /not issued/);
    expect(keyFetches).toBe(before);
  });

  it('refuses a token without the access_as_user scope', async () => {
    await expectRefusal(await sign(v2Claims({ scp: 'User.Read' })), /access_as_user/);
  });

  it('refuses a token that names no user (an app-only token)', async () => {
    await expectRefusal(await sign(v2Claims({ oid: undefined })), /names no user/);
  });

  it('verifies a token once, and remembers it no longer than the token lives', async () => {
    let now = NOW;
    const verifyAt = createSsoVerifier({ clientId: CLIENT_ID, appIdUri: APP_ID_URI, allowedTenants: [TENANT], identity: entraIdentity, keys: countingKeys, now: () => now, clockToleranceSeconds: 0 });
    const token = await sign(v2Claims({ exp: nowSeconds + 60 }));
    const before = keyFetches;
    await verifyAt(token);
    await verifyAt(token);
    expect(keyFetches - before).toBe(1);
    now = new Date(NOW.getTime() + 61_000);
    const error = await verifyAt(token).catch((e: unknown) => e);
    expect((error as AppError).message).toMatch(/expired/);
  });
});
