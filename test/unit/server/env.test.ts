import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/env';

const production = {
  AAD_APP_CLIENT_ID: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  AAD_APP_CLIENT_SECRET: 'secret',
  AAD_APP_TENANT_ID: 'a1b2c3d4-0000-4000-8000-000000000001',
  APP_DOMAIN: 'roundtable.contoso.com',
};

describe('loadConfig', () => {
  it('runs demo mode on the documented ports when no Entra settings are given', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'demo', port: 3978, emulator: { port: 3979 }, dataDir: './data', databaseUrl: null, entra: null });
  });

  it('chooses production mode from the Entra settings, with the app id URI and tenant allow-list', () => {
    const config = loadConfig(production);
    expect(config.mode).toBe('production');
    expect(config.entra).toMatchObject({
      appIdUri: `api://roundtable.contoso.com/${production.AAD_APP_CLIENT_ID}`,
      allowedTenants: [production.AAD_APP_TENANT_ID],
    });
  });

  it('takes a multi-tenant allow-list', () => {
    const other = 'b1b2c3d4-0000-4000-8000-000000000002';
    const config = loadConfig({ ...production, ALLOWED_TENANT_IDS: `${production.AAD_APP_TENANT_ID}, ${other}` });
    expect(config.entra?.allowedTenants).toEqual([production.AAD_APP_TENANT_ID, other]);
  });

  it('names the setting that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ ...production, AAD_APP_CLIENT_ID: 'not-a-guid' })).toThrow(/AAD_APP_CLIENT_ID: must be a GUID/);
    expect(() => loadConfig({ ...production, ALLOWED_TENANT_IDS: 'contoso' })).toThrow(/ALLOWED_TENANT_IDS: contoso is not a tenant GUID/);
  });

  it('refuses half a production configuration, naming what is missing', () => {
    const { AAD_APP_CLIENT_SECRET: _s, APP_DOMAIN: _d, ...partial } = production;
    expect(() => loadConfig(partial)).toThrow(ConfigError);
    expect(() => loadConfig(partial)).toThrow(/AAD_APP_CLIENT_SECRET, APP_DOMAIN must be set too/);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ AAD_APP_CLIENT_ID: '  ', PORT: '' }).mode).toBe('demo');
  });
});
