// Production mode (chosen by the Entra settings): emulator tokens are refused and no demo route exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { DEMO_TENANT_ID } from '../../../server/emulator/index';
import { loadConfig } from '../../../server/env';
import { startRoundtable, type Running } from '../../../server/start';
import { callApi, tokenFor, type ApiError } from '../../support/api';
import { freshPglite } from '../../support/databases';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let production: Running;
let demo: DemoStack;

beforeAll(async () => {
  demo = await startDemoStack({ staticRoot: null });
  const config = loadConfig({
    PORT: '0',
    AAD_APP_CLIENT_ID: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    AAD_APP_CLIENT_SECRET: 'not-used-here',
    AAD_APP_TENANT_ID: DEMO_TENANT_ID,
    APP_DOMAIN: 'roundtable.contoso.com',
  });
  production = await startRoundtable(config, { logger: pino({ level: 'silent' }), pglite: await freshPglite(), staticRoot: null });
});
afterAll(async () => {
  await production.stop();
  await demo.stop();
});

describe('[AUTH]: production mode', () => {
  it('runs in production mode without an emulator', () => {
    expect(production.emulatorUrl).toBeNull();
    expect(production.deps.demo).toBeNull();
  });

  it("refuses the emulator's tokens because their issuer is not Entra ID", async () => {
    const token = await tokenFor(demo, demo.people[0]!.upn);
    const response = await callApi(production.appUrl, '/api/me', token);
    expect(response.status).toBe(401);
    expect(((await response.json()) as ApiError).error.message).toMatch(/not issued by Microsoft Entra ID/);
  });

  it('has no dev host and no demo sign-in', async () => {
    for (const path of ['/dev', '/dev/api/people', `/dev/api/token?upn=${demo.people[0]!.upn}`, '/dev.html']) {
      const response = await callApi(production.appUrl, path);
      expect(response.status, path).toBe(404);
    }
  });

  it('admits only Microsoft 365 hosts as frame ancestors', async () => {
    const csp = (await callApi(production.appUrl, '/healthz')).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors https:\/\/\*\.cloud\.microsoft https:\/\/teams\.microsoft\.com/);
    expect(csp).not.toMatch(/frame-ancestors[^;]*'self'/);
  });
});
