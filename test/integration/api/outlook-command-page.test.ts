// The Outlook command page as the server serves it from the built front end: production loads Office.js from
// Microsoft's CDN (the store's rule) and admits that origin in the page's CSP; demo mode swaps in the dev host's
// Office shim, which production does not serve. Only that URL differs between the modes.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../../server/emulator/index';
import { loadConfig } from '../../../server/env';
import { OFFICE_JS_URL } from '../../../server/http/security-headers';
import { startRoundtable, type Running } from '../../../server/start';
import { callApi } from '../../support/api';
import { freshPglite } from '../../support/databases';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let production: Running;
let demo: DemoStack;

beforeAll(async () => {
  if (!existsSync('dist/outlook-command.html')) throw new Error('dist/ is not built: run `npm run build` first (npm test does).');
  demo = await startDemoStack();
  const config = loadConfig({
    PORT: '0',
    AAD_APP_CLIENT_ID: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    AAD_APP_CLIENT_SECRET: 'not-used-here',
    AAD_APP_TENANT_ID: DEMO_TENANT_ID,
    APP_DOMAIN: 'roundtable.contoso.com',
  });
  production = await startRoundtable(config, { logger: pino({ level: 'silent' }), pglite: await freshPglite(), staticRoot: resolve('dist') });
});
afterAll(async () => {
  await production?.stop();
  await demo?.stop();
});

const OFFICE_JS_SCRIPT = `<script src="${OFFICE_JS_URL}"></script>`;

describe('[CHECKIN]: the Outlook command page', () => {
  it('loads Office.js from Microsoft’s CDN in production, before the page’s own script, and the CSP admits it there', async () => {
    const response = await callApi(production.appUrl, '/outlook-command.html');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(OFFICE_JS_URL).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(page).toContain(OFFICE_JS_SCRIPT);
    expect(page.indexOf(OFFICE_JS_SCRIPT)).toBeLessThan(page.indexOf('<script type="module"'));
    expect(page).not.toContain('/dev/office.js');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
  });

  it('does not serve the dev host’s Office shim or its appointment form’s routes in production', async () => {
    expect((await callApi(production.appUrl, '/dev/office.js')).status).toBe(404);
    expect((await callApi(production.appUrl, `/dev/api/outlook/appointment?upn=${demo.people[0]!.upn}&eventId=AAMkAD`)).status).toBe(404);
  });

  it('runs on the dev host’s Office shim in demo mode, from the same built page', async () => {
    const page = await (await callApi(demo.appUrl, '/outlook-command.html')).text();
    expect(page).not.toContain('appsforoffice.microsoft.com');
    expect(page.indexOf('<script type="module" src="/dev/office.js"></script>')).toBeGreaterThan(-1);
    expect(page.indexOf('/dev/office.js')).toBeLessThan(page.indexOf('/assets/outlook-command-'));
    const shim = await callApi(demo.appUrl, '/dev/office.js');
    expect(shim.status).toBe(200);
    expect(shim.headers.get('content-type')).toMatch(/javascript/);
    expect(await shim.text()).toMatch(/window\.Office=/);
  });
});
