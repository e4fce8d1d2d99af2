// msal-node, exactly as the server uses it, against the emulator over HTTP: a real https authority plus
// authorityMetadata and cloudDiscoveryMetadata pointing at the emulator.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { ConfidentialClientApplication, ServerError } from '@azure/msal-node';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, DEMO_APP, type Emulator } from '../../../server/emulator/index';
import { UPN } from './harness';

let server: ServerType;
let emulator: Emulator;
let origin: string;

beforeAll(async () => {
  let handler: (request: Request) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
  server = serve({ fetch: (request) => handler(request), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  emulator = await createEmulator({ origin, app: { ...DEMO_APP, appIdUri: `api://localhost:3978/${DEMO_APP.clientId}` } });
  handler = emulator.app.fetch;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const clientFor = async (clientSecret: string): Promise<ConfidentialClientApplication> => {
  const metadata = await (await fetch(`${origin}/${emulator.tenantId}/v2.0/.well-known/openid-configuration`)).json();
  return new ConfidentialClientApplication({
    auth: {
      clientId: DEMO_APP.clientId,
      clientSecret,
      authority: `https://login.microsoftonline.com/${emulator.tenantId}`,
      authorityMetadata: JSON.stringify(metadata),
      cloudDiscoveryMetadata: JSON.stringify({
        tenant_discovery_endpoint: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
        'api-version': '1.1',
        metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.microsoftonline.com', aliases: ['login.microsoftonline.com'] }],
      }),
    },
  });
};

describe('msal-node on-behalf-of against the emulator', () => {
  it('acquireTokenOnBehalfOf returns a delegated Graph token that Graph accepts', async () => {
    const client = await clientFor(DEMO_APP.clientSecret);
    const result = await client.acquireTokenOnBehalfOf({ oboAssertion: await emulator.mintSsoToken(UPN.hiroshi), scopes: ['https://graph.microsoft.com/.default'] });
    expect(result?.accessToken).toBeTruthy();
    expect(decodeJwt(result!.accessToken)).toMatchObject({ aud: 'https://graph.microsoft.com', upn: UPN.hiroshi });
    expect(result?.account?.username).toBe(UPN.hiroshi);
    const me = await fetch(`${origin}/v1.0/me`, { headers: { Authorization: `Bearer ${result!.accessToken}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { userPrincipalName: string }).userPrincipalName).toBe(UPN.hiroshi);
  });

  it('a wrong client secret surfaces as invalid_client', async () => {
    const client = await clientFor('wrong');
    const attempt = client.acquireTokenOnBehalfOf({ oboAssertion: await emulator.mintSsoToken(UPN.hiroshi), scopes: ['https://graph.microsoft.com/.default'] });
    await expect(attempt).rejects.toBeInstanceOf(ServerError);
    await expect(attempt).rejects.toMatchObject({ errorCode: 'invalid_client' });
  });
});
