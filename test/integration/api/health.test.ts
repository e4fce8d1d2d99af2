import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, tokenFor, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
});
afterAll(() => stack.stop());

describe('[SHELL]: health, headers and limits', () => {
  it('is healthy and ready', async () => {
    const health = await callApi(stack.appUrl, '/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await callApi(stack.appUrl, '/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('is not ready when the database is gone', async () => {
    const other = await startDemoStack({ staticRoot: null });
    await other.running.deps.store.close();
    const ready = await callApi(other.appUrl, '/readyz');
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as ApiError).error.code).toBe('not_ready');
    await other.running.stop().catch(() => undefined);
  });

  it('sends a CSP that lets Teams, Outlook and (in demo mode) the dev host frame the pages', async () => {
    const response = await callApi(stack.appUrl, '/healthz');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/\*\.cloud\.microsoft https:\/\/teams\.microsoft\.com https:\/\/\*\.teams\.microsoft\.com/);
    expect(csp).toMatch(/outlook\.office\.com/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("admits Microsoft's Office.js CDN as a script source on the Outlook command page only", async () => {
    const scriptSources = async (path: string) => {
      const csp = (await callApi(stack.appUrl, path)).headers.get('content-security-policy') ?? '';
      return /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1]?.trim();
    };
    expect(await scriptSources('/outlook-command.html')).toBe("'self' https://appsforoffice.microsoft.com");
    for (const path of ['/healthz', '/side-panel.html', '/outlook-command.html/x', '/outlook-command', '/api/me']) {
      expect(await scriptSources(path), path).toBe("'self'");
    }
  });

  it('serves the Outlook ribbon icons so that Outlook on the web may show them', async () => {
    const icon = await callApi(stack.appUrl, '/icons/ribbon-32.png');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(icon.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await callApi(stack.appUrl, '/healthz')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('gives every answer a request id, and keeps a safe one the caller sent', async () => {
    const response = await callApi(stack.appUrl, '/healthz', undefined, { headers: { 'X-Request-Id': 'lb-1234' } });
    expect(response.headers.get('x-request-id')).toBe('lb-1234');
    const fresh = await callApi(stack.appUrl, '/healthz', undefined, { headers: { 'X-Request-Id': 'bad id with spaces' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const token = await tokenFor(stack, stack.people[0]!.upn);
    const response = await callApi(stack.appUrl, '/api/me', token, {
      method: 'POST',
      body: 'x'.repeat(200 * 1024),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as ApiError).error.code).toBe('payload_too_large');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const token = await tokenFor(stack, stack.people[0]!.upn);
    const response = await callApi(stack.appUrl, '/api/nothing-here', token);
    expect(response.status).toBe(404);
    expect(((await response.json()) as ApiError).error.code).toBe('not_found');
  });
});
