// The app shell in the dev host: the surfaces find their meeting through the host and the API, follow the host's
// theme live, can be linked, and say so when the API fails.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, type TestBrowser } from '../support/browser';
import { startDemoStack, type DemoStack } from '../support/demo-stack';
import { devHostUrl, openSurface, renderedTheme, surfaceFrame } from './dev-host';

let stack: DemoStack;
let browser: TestBrowser;
let page: Page;

const person = (displayName: string) => {
  const found = stack.people.find((candidate) => candidate.displayName === displayName);
  if (!found) throw new Error(`no demo person ${displayName}`);
  return found;
};

/** The weekly team meeting, organised by Hiroshi Tanaka, is in progress in the demo tenant. */
const WEEKLY_SUBJECT = 'Weekly team meeting';
const WEEKLY_ORGANIZER = 'Hiroshi Tanaka';
const WEEKLY_ATTENDEES = ['Lucía Fernández', 'Priya Raman', 'Mateus Silva', 'Fatima Al-Sayed', 'Jonas Weber', 'Aroha Ngata'];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startDemoStack(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

beforeEach(async () => {
  page = await browser.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
});

afterEach(async () => {
  await page.close();
});

describe('[SHELL]: meeting header', () => {
  for (const theme of ['default', 'dark'] as const) {
    it(`[SHELL]: the side panel shows the meeting header that came from Graph (${theme})`, async () => {
      const frame = await openSurface(page, stack.appUrl, { surface: 'sidePanel', upn: person('Priya Raman').upn, theme });

      await expect.poll(() => frame.getByTestId('meeting-subject').textContent()).toBe(WEEKLY_SUBJECT);
      expect(await frame.getByTestId('meeting-organizer').textContent()).toContain(WEEKLY_ORGANIZER);
      const attendees = await frame.getByTestId('attendee-list').locator('li').allTextContents();
      for (const name of WEEKLY_ATTENDEES) expect(attendees.join('\n')).toContain(name);
      expect(attendees.some((entry) => entry.includes(WEEKLY_ORGANIZER))).toBe(false);
      expect((await renderedTheme(frame)).name).toBe(theme);
    });
  }

  it('[SHELL]: the stage and the details tab show the same meeting, the personal tab greets the user', async () => {
    const upn = person('Jonas Weber').upn;
    const stage = await openSurface(page, stack.appUrl, { surface: 'stage', upn });
    expect(await stage.getByTestId('meeting-subject').textContent()).toBe(WEEKLY_SUBJECT);

    const details = await openSurface(page, stack.appUrl, { surface: 'details', upn });
    expect(await details.getByTestId('meeting-subject').textContent()).toBe(WEEKLY_SUBJECT);
    expect(await details.getByTestId('checkin-details').isVisible()).toBe(true);

    const personal = await openSurface(page, stack.appUrl, { surface: 'personal', upn, host: 'Outlook' });
    expect(await personal.getByTestId('greeting').textContent()).toContain('Jonas Weber');
    expect(await personal.getByTestId('next-meeting').getByTestId('meeting-subject').textContent()).toBe(WEEKLY_SUBJECT);
    await saveScreenshot(page, 'personal-outlook');
  });
});

describe('[SHELL]: locale', () => {
  it("[SHELL]: the meeting's date and time are written in the host's locale", async () => {
    const frame = await openSurface(page, stack.appUrl, { surface: 'details', upn: person('Fatima Al-Sayed').upn, locale: 'de-DE' });

    const when = await frame.getByTestId('meeting-header').locator('header').textContent();
    expect(when).toMatch(/(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. /);
    // A meeting running past midnight names both days.
    const day = String.raw`\d{2}\.\d{2}\.\d{4},\s`;
    const time = new RegExp(String.raw`^(\d{2}:\d{2}\s?–\s?\d{2}:\d{2} Uhr|${day}\d{2}:\d{2}\s?–\s?${day}\d{2}:\d{2})$`);
    expect(await frame.getByTestId('meeting-time').textContent()).toMatch(time);
    // The words stay English until there is a German catalogue, and the page says so.
    expect(await frame.locator('html').getAttribute('lang')).toBe('en');
  });
});

describe('[SHELL]: host calls', () => {
  it('[SHELL]: saving the configuration page gives the host the details page as the tab content', async () => {
    await openSurface(page, stack.appUrl, { surface: 'config', upn: person('Hiroshi Tanaka').upn });
    const save = page.getByRole('button', { name: 'Save' });
    await expect.poll(() => save.isEnabled()).toBe(true);

    await save.click();

    await expect.poll(() => page.getByText('Tab saved.').textContent()).toContain(`${stack.appUrl}/details.html`);
    expect(await page.getByTestId('host-console').textContent()).toContain('settings.setSettings');
  });

  it('[SHELL]: the side panel shares Roundtable to the meeting stage', async () => {
    const frame = await openSurface(page, stack.appUrl, { surface: 'sidePanel', upn: person('Hiroshi Tanaka').upn });

    await frame.getByRole('button', { name: 'Share to stage' }).click();

    await frame.getByText('Roundtable is on the meeting stage.').waitFor();
    await page.getByRole('button', { name: 'Show the stage' }).click();
    await expect.poll(() => page.locator('iframe[data-testid="surface-frame"]').getAttribute('src')).toBe('/stage.html');
    await expect.poll(() => surfaceFrame(page).getByTestId('meeting-subject').textContent()).toBe(WEEKLY_SUBJECT);
  });
});

describe('[SHELL]: theme', () => {
  it('[SHELL]: switching the host theme re-themes the open side panel without reloading it', async () => {
    const frame = await openSurface(page, stack.appUrl, { surface: 'sidePanel', upn: person('Mateus Silva').upn, theme: 'default' });
    const light = await renderedTheme(frame);
    // A marker that survives only if the framed page is not loaded again.
    await frame.locator('body').evaluate(() => Object.assign(window, { roundtableMarker: 'still here' }));

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');

    await expect.poll(async () => (await renderedTheme(frame)).name).toBe('dark');
    const dark = await renderedTheme(frame);
    expect(dark.background).not.toBe(light.background);
    expect(await frame.locator('body').evaluate(() => (window as unknown as { roundtableMarker?: string }).roundtableMarker)).toBe('still here');
    expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('contrast');
    await expect.poll(async () => (await renderedTheme(frame)).name).toBe('contrast');
  });
});

describe('[SHELL]: links', () => {
  it('[SHELL]: a dev host link with surface, person and theme reproduces the view', async () => {
    const lucia = person('Lucía Fernández');
    await page.goto(devHostUrl(stack.appUrl, { surface: 'stage', upn: lucia.upn, theme: 'dark' }));
    const frame = surfaceFrame(page);
    await frame.getByTestId('meeting-header').waitFor();

    expect(await page.getByRole('combobox', { name: 'Surface' }).inputValue()).toBe('stage');
    expect(await page.getByRole('combobox', { name: 'Person' }).inputValue()).toBe(lucia.upn);
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('dark');
    expect(await page.locator('iframe[data-testid="surface-frame"]').getAttribute('src')).toBe('/stage.html');
    expect((await renderedTheme(frame)).name).toBe('dark');
    expect(await frame.getByTestId('meeting-subject').textContent()).toBe(WEEKLY_SUBJECT);

    // Changing a control rewrites the link, so the new view can be shared too.
    await page.getByRole('combobox', { name: 'Surface' }).selectOption('sidePanel');
    await frame.getByTestId('meeting-header').waitFor();
    const query = new URL(page.url()).searchParams;
    expect(query.get('surface')).toBe('sidePanel');
    expect(query.get('upn')).toBe(lucia.upn);
  });
});

describe('[SHELL]: errors', () => {
  it('[SHELL]: the side panel explains an API failure and recovers on Try again', async () => {
    await page.route('**/api/meetings/by-join-url?*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'graph_unavailable', message: 'Graph did not answer.', requestId: 'req-e2e-1' } }),
      }),
    );
    const frame = await openSurface(page, stack.appUrl, { surface: 'sidePanel', upn: person('Aroha Ngata').upn });

    const error = frame.getByTestId('error-state');
    await error.waitFor();
    expect(await error.textContent()).toContain("Couldn't load the meeting");
    expect(await error.textContent()).toContain('Reference for support: req-e2e-1');
    await saveScreenshot(page, 'sidePanel-error');

    await page.unroute('**/api/meetings/by-join-url?*');
    await frame.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => frame.getByTestId('meeting-subject').textContent()).toBe(WEEKLY_SUBJECT);
  });

  it('[SHELL]: the personal tab shows an error state when the API refuses the user', async () => {
    await page.route('**/api/me', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'unauthenticated', message: 'The token expired.', requestId: 'req-e2e-2' } }),
      }),
    );
    const frame = await openSurface(page, stack.appUrl, { surface: 'personal', upn: person('Priya Raman').upn });
    expect(await frame.getByTestId('error-state').textContent()).toContain("Your sign-in couldn't be confirmed");
  });
});
