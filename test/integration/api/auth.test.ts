// Every /api route needs a verified Teams SSO token; each kind of bad token gets 401, JSON and a challenge.
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SsoTokenOverrides } from '../../../server/emulator/index';
import { callApi, tokenFor, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
let upn: string;

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
  upn = stack.people[0]!.upn;
});
afterAll(() => stack.stop());

const mint = (overrides: SsoTokenOverrides) => stack.running.emulator!.mintSsoToken(upn, overrides);

const expect401 = async (token: string | undefined, message: RegExp) => {
  const response = await callApi(stack.appUrl, '/api/me', token);
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="roundtable"/);
  const body = (await response.json()) as ApiError;
  expect(body.error.code).toBe('unauthenticated');
  expect(body.error.message).toMatch(message);
  expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
};

describe('[AUTH]: the API verifies the Teams SSO token', () => {
  it('answers the verified user to a valid token', async () => {
    const response = await callApi(stack.appUrl, '/api/me', await tokenFor(stack, upn));
    expect(response.status).toBe(200);
    const me = (await response.json()) as Record<string, string>;
    expect(me).toEqual({ id: stack.people[0]!.id, tenantId: expect.any(String), displayName: stack.people[0]!.displayName, upn });
  });

  it('remembers the signed-in person’s name in the display-name cache', async () => {
    const me = (await (await callApi(stack.appUrl, '/api/me', await tokenFor(stack, upn))).json()) as { id: string; tenantId: string };
    expect(await stack.running.deps.store.users.find(me.tenantId, me.id)).toEqual({
      tenantId: me.tenantId,
      userId: me.id,
      displayName: stack.people[0]!.displayName,
      upn,
    });
  });

  it('accepts a v1.0 token as well', async () => {
    const response = await callApi(stack.appUrl, '/api/me', await mint({ version: '1.0' }));
    expect(response.status).toBe(200);
  });

  it('refuses a request without a token', () => expect401(undefined, /Sign-in required/));
  it('refuses a malformed token', () => expect401('garbage', /well-formed/));
  it('refuses an expired token', async () => expect401(await mint({ expiresInSeconds: -3600 }), /expired/));
  it('refuses a token for another audience', async () => expect401(await mint({ aud: 'api://elsewhere/123' }), /aud/));
  it('refuses a token from another tenant', async () =>
    expect401(await mint({ tid: '0d0d0d0d-0000-4000-8000-000000000000' }), /tenant is not allowed/));
  it('refuses a token without access_as_user', async () => expect401(await mint({ scp: 'User.Read' }), /access_as_user/));
  it('refuses a Graph token sent to the API', async () => expect401(await tokenFor(stack, upn, 'graph'), /aud|scope/));

  it('refuses a token signed by someone else', async () => {
    const genuine = await tokenFor(stack, upn);
    const { privateKey } = await generateKeyPair('RS256');
    const claims = JSON.parse(Buffer.from(genuine.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    const kid = (JSON.parse(Buffer.from(genuine.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);
    await expect401(forged, /signature/);
  });

  it("refuses alg none even with the emulator's genuine claims", async () => {
    const genuine = await tokenFor(stack, upn);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    await expect401(`${header}.${genuine.split('.')[1]}.`, /algorithm none/);
  });
});
