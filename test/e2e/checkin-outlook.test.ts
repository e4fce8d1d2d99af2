// The Outlook path of the check-in through the dev host in Chromium: the organizer opens the meeting in the dev host's
// Outlook appointment form, Add check-in opens the real task pane (Office.js played by the dev host's shim), the block
// goes into the body once, above the agenda, the Teams meeting blob untouched; Save writes the body to the calendar
// event and the meeting's side panel finds the check-in.
import { AxeBuilder } from '@axe-core/playwright';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMeetingBlob, locateCheckinBlocks, readCheckinBlock, type InviteBody } from '../../server/domain/invite';
import { launchBrowser, saveScreenshot, type TestBrowser } from '../support/browser';
import { startDemoStack, type DemoStack } from '../support/demo-stack';
import { checkinApi } from './checkin-api';
import { openSurface } from './dev-host';

let stack: DemoStack;
let browser: TestBrowser;
let api: ReturnType<typeof checkinApi>;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startDemoStack(), launchBrowser()]);
  api = checkinApi(stack);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const ORGANIZER = 'Amara Okafor';
const ROADMAP = 'Roadmap review';
const PANE = '[data-testid="outlook-pane-frame"]';

/** The dev host's Outlook appointment form for that person's copy of the meeting. */
const openAppointment = async (page: Page, name: string, subject: string, theme = 'default'): Promise<void> => {
  const query = new URLSearchParams({ surface: 'appointment', host: 'Outlook', upn: api.upnOf(name), meeting: await api.eventIdOf(name, subject), theme });
  await page.goto(`${stack.appUrl}/dev?${query.toString()}`);
  await page.getByTestId('outlook-appointment').waitFor({ timeout: 20_000 });
};

/** Add check-in on the ribbon: the task pane opens beside the form and reads the invite. */
const openPane = async (page: Page): Promise<FrameLocator> => {
  await page.getByRole('toolbar').getByRole('button', { name: 'Add check-in' }).click();
  const pane = page.frameLocator(PANE);
  await pane.getByTestId('outlook-checkin-editor').waitFor({ timeout: 20_000 });
  return pane;
};

/** The body the form holds now (what Outlook would save), as the dev host shows it. */
const formBody = async (page: Page): Promise<InviteBody> => ({ contentType: 'html', content: (await page.getByTestId('outlook-body-source').textContent()) ?? '' });

const addOwnQuestion = async (pane: FrameLocator, question: string) => {
  await pane.getByRole('combobox', { name: 'Kind of check-in' }).click();
  await pane.getByRole('option', { name: 'Your own question' }).click();
  await pane.getByRole('textbox', { name: 'Your question' }).fill(question);
  await pane.getByRole('button', { name: 'Add check-in' }).click();
};

describe('[CHECKIN]: Outlook appointment form', () => {
  it('[CHECKIN]: the Outlook appointment form inserts the same block, once, above the agenda', async () => {
    const eventId = await api.eventIdOf(ORGANIZER, ROADMAP);
    const original = (await api.readEvent(ORGANIZER, eventId)).body;
    const page = await browser.newAxePage();
    await page.setViewportSize({ width: 1400, height: 1100 });
    await openAppointment(page, ORGANIZER, ROADMAP);
    const pane = await openPane(page);
    expect(await pane.getByTestId('outlook-scope').textContent()).toBe('For this meeting.');

    await addOwnQuestion(pane, 'What would make this review worth <your> hour?');
    await pane.locator('[data-testid="outlook-invite-status"][data-change="added"]').waitFor();
    await pane.locator('[data-testid="outlook-registration"][data-status="registered"]').waitFor();
    const once = await formBody(page);
    expect(locateCheckinBlocks(once)).toHaveLength(1);
    expect(readCheckinBlock(once)).toMatchObject({ question: 'What would make this review worth <your> hour?', anonymous: false });
    expect(once.content).toContain('What would make this review worth &lt;your&gt; hour?');
    expect(readCheckinBlock(once)!.range.end).toBeLessThan(once.content.indexOf('Agenda'));
    expect(findMeetingBlob(once)?.content).toBeTruthy();
    expect(findMeetingBlob(once)?.content).toBe(findMeetingBlob(original)?.content);

    // Adding the same check-in again changes nothing; another question replaces the block, never adds a second.
    await pane.getByRole('button', { name: 'Add check-in' }).click();
    await pane.locator('[data-testid="outlook-invite-status"][data-change="unchanged"]').waitFor();
    expect(await formBody(page)).toEqual(once);
    await pane.getByRole('textbox', { name: 'Your question' }).fill('One word for how you arrive?');
    await pane.getByRole('button', { name: 'Add check-in' }).click();
    await pane.locator('[data-testid="outlook-invite-status"][data-change="replaced"]').waitFor();
    const replaced = await formBody(page);
    expect(locateCheckinBlocks(replaced)).toHaveLength(1);
    expect(readCheckinBlock(replaced)?.question).toBe('One word for how you arrive?');
    expect(findMeetingBlob(replaced)?.content).toBe(findMeetingBlob(original)?.content);
    await saveScreenshot(page, 'checkin-outlook-appointment');

    // Outlook has not saved yet: the calendar event is as it was. Save writes exactly the form's body.
    expect((await api.readEvent(ORGANIZER, eventId)).body.content).toBe(original.content);
    await page.getByRole('toolbar').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('outlook-save-status').textContent()).toMatch(/^Saved/);
    const saved = (await api.readEvent(ORGANIZER, eventId)).body;
    expect(saved.content).toBe(replaced.content);
    expect(locateCheckinBlocks(saved)).toHaveLength(1);

    // The meeting's side panel finds the check-in, for the organizer and for an attendee.
    const attendee = await browser.newAxePage();
    await attendee.setViewportSize({ width: 1400, height: 1000 });
    const panel = await openSurface(attendee, stack.appUrl, { surface: 'sidePanel', upn: api.upnOf('Priya Raman'), meeting: await api.eventIdOf('Priya Raman', ROADMAP) });
    await expect.poll(() => panel.getByTestId('checkin-question').textContent()).toBe('One word for how you arrive?');
    await saveScreenshot(attendee, 'checkin-outlook-side-panel');
    await attendee.close();

    // Remove check-in gives the body back exactly as Outlook had it, and the side panel no longer has a check-in.
    await pane.getByRole('button', { name: 'Remove check-in' }).click();
    await pane.locator('[data-testid="outlook-invite-status"][data-change="removed"]').waitFor();
    await pane.locator('[data-testid="outlook-registration"][data-status="forgotten"]').waitFor();
    expect((await formBody(page)).content).toBe(original.content);
    expect((await (await api.call('Priya Raman', 'GET', api.checkinPath(await api.eventIdOf('Priya Raman', ROADMAP)))).json()).choice).toBeNull();
    await page.getByRole('toolbar').getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await api.readEvent(ORGANIZER, eventId)).body.content).toBe(original.content);
    await page.close();
  });

  it('[CHECKIN]: an attendee opening the meeting in Outlook gets no Add check-in button', async () => {
    const page = await browser.newAxePage();
    await openAppointment(page, 'Priya Raman', ROADMAP);
    expect(await page.getByRole('toolbar').getByRole('button', { name: 'Add check-in' }).count()).toBe(0);
    await page.close();
  });

  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`[CHECKIN]: axe finds no violations in the Outlook task pane (${theme})`, async () => {
      const page = await browser.newAxePage();
      await page.setViewportSize({ width: 1400, height: 1100 });
      // Outlook has no high-contrast theme of its own: Windows' contrast themes force the colours of every page.
      if (theme === 'contrast') await page.emulateMedia({ forcedColors: 'active' });
      await openAppointment(page, ORGANIZER, ROADMAP, theme);
      const pane = await openPane(page);
      expect(await pane.locator('[data-host-theme]').first().getAttribute('data-host-theme')).toBe(theme);
      await saveScreenshot(page, `checkin-outlook-pane-${theme}`);
      const results = await new AxeBuilder({ page }).include([PANE, 'html']).exclude([PANE, '[data-tabster-dummy]']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
      await page.close();
    });
  }
});
