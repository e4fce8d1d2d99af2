// The built front end as the server serves it (the test command builds dist/ before the tests run).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
beforeAll(async () => {
  if (!existsSync('dist/side-panel.html')) throw new Error('dist/ is not built: run `npm run build` first (npm test does).');
  stack = await startDemoStack();
});
afterAll(() => stack.stop());

describe('[SHELL]: pages', () => {
  it.each(['/side-panel.html', '/stage.html', '/config.html', '/details.html', '/personal.html', '/dev'])('serves %s as HTML', async (path) => {
    const response = await callApi(stack.appUrl, path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors/);
  });

  it('serves the privacy and terms pages the manifest links to', async () => {
    const privacy = await callApi(stack.appUrl, '/privacy');
    expect(privacy.status).toBe(200);
    expect(await privacy.text()).toMatch(/at least 5 people/);
    const terms = await callApi(stack.appUrl, '/terms');
    expect(terms.status).toBe(200);
    expect(await terms.text()).toMatch(/Terms of use/);
  });

  it('sends the dev host to / in demo mode', async () => {
    const response = await callApi(stack.appUrl, '/', undefined, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/dev');
  });

  it('does not serve files outside dist/', async () => {
    const response = await callApi(stack.appUrl, '/..%2fpackage.json');
    expect(response.status).toBe(404);
  });
});
