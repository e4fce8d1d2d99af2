// The live turn tracker through the dev host in Chromium: two attendees' side panels follow the facilitator's taps,
// raised hands line up in the fair queue, "not heard yet" shrinks; the stage shows the balance; the personal tab shows
// a person's own speaking; axe checks the tracker in the three themes.
import type { FrameLocator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TurnsView } from '../../server/services/turns/turns-view';
import { tokenFor } from '../support/api';
import type { DemoStack } from '../support/demo-stack';
import { describeViolations, scanSurface, surfaceFrame } from './dev-host';
import { useDevHostSuite, type DevHostSuite } from './dev-host-suite';

const WEEKLY = 'Weekly team meeting';
const ROADMAP = 'Roadmap review';
const dev = useDevHostSuite();
const { pageFor, open, screenshotWhole } = dev;
let stack: DemoStack;
let api: DevHostSuite['current']['api'];
beforeAll(() => {
  ({ stack, api } = dev.current);
});

const turnsPath = async (name: string, subject: string, rest = '') => `/api/meetings/${encodeURIComponent(await api.eventIdOf(name, subject))}/turns${rest}`;
const turnsView = async (name: string, subject: string) => (await (await api.call(name, 'GET', await turnsPath(name, subject))).json()) as TurnsView;
const turnsAct = async (name: string, subject: string, action: object) => {
  const response = await api.call(name, 'POST', await turnsPath(name, subject, '/actions'), action);
  if (!response.ok) throw new Error(`${name} ${JSON.stringify(action)}: ${response.status} ${await response.text()}`);
};

/** That person's own event id of the latest occurrence of a meeting that has ended. */
const lastPastOccurrence = async (name: string, subject: string) => {
  const [start, end] = [new Date(Date.now() - 9 * 86_400_000).toISOString(), new Date().toISOString()];
  const response = await fetch(`${stack.emulatorUrl}/v1.0/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=50`, {
    headers: { Authorization: `Bearer ${await tokenFor(stack, api.upnOf(name), 'graph')}` },
  });
  const events = ((await response.json()) as { value: { id: string; subject: string; end: { dateTime: string } }[] }).value;
  const past = events.filter((e) => e.subject === subject && Date.parse(`${e.end.dateTime}Z`) < Date.now());
  if (past.length === 0) throw new Error(`${name} has no past ${subject}`);
  return past.sort((a, b) => Date.parse(a.end.dateTime) - Date.parse(b.end.dateTime)).at(-1)!.id;
};

const speakerOn = (frame: FrameLocator) => frame.getByTestId('speaker-now-name').textContent();
const notHeardOn = (frame: FrameLocator) => frame.getByTestId('turns-not-heard-name').allTextContents();
const queueOn = async (frame: FrameLocator) => (await frame.getByTestId('turns-queue-entry').allTextContents()).map((text) => text.replace(/spoke.*$/, ''));

describe('[TURNS]: live turn tracker', () => {
  it('[TURNS]: the facilitator taps a speaker, both panels show them speaking, and "not heard yet" shrinks', async () => {
    const [hiroshiPage, luciaPage] = [await pageFor(), await pageFor()];
    const hiroshi = await open(hiroshiPage, 'Hiroshi Tanaka', 'sidePanel', WEEKLY);
    const lucia = await open(luciaPage, 'Lucía Fernández', 'sidePanel', WEEKLY);
    await lucia.getByTestId('speaker-now').waitFor();
    expect(await speakerOn(lucia)).toBe('Nobody is speaking.');
    expect(await notHeardOn(lucia)).toContain('Priya Raman');

    // The switch follows the tracker's stored mode, so it turns on once the server has it.
    const modeSwitch = hiroshi.getByRole('switch', { name: 'I give the turns (facilitator mode)' });
    await modeSwitch.click();
    await expect.poll(() => modeSwitch.isChecked()).toBe(true);
    await expect.poll(() => lucia.getByTestId('turns-mode').textContent()).toBe('Hiroshi Tanaka gives the turns.');
    // In facilitator mode an attendee has no start button of their own, only their hand.
    expect(await lucia.getByRole('button', { name: 'Start my turn' }).count()).toBe(0);

    await hiroshi.getByRole('button', { name: 'Give the turn to Priya Raman' }).click();
    await expect.poll(() => speakerOn(lucia)).toBe('Priya Raman');
    await expect.poll(() => speakerOn(hiroshi)).toBe('Priya Raman');
    await expect.poll(() => notHeardOn(lucia)).not.toContain('Priya Raman');
    await expect.poll(() => lucia.locator('[data-testid="turns-person"][data-speaking="true"]').textContent()).toContain('Priya Raman');

    await hiroshi.getByRole('button', { name: 'Give the turn to Lucía Fernández' }).click();
    await expect.poll(() => speakerOn(lucia)).toBe('Lucía Fernández');
    await expect.poll(() => notHeardOn(hiroshi)).not.toContain('Lucía Fernández');
    expect(await notHeardOn(hiroshi)).toContain('Hiroshi Tanaka');
    await screenshotWhole(luciaPage, 'turns-side-panel-attendee');
    await screenshotWhole(hiroshiPage, 'turns-side-panel-facilitator');

    // Tapping the speaker again ends the turn in every panel.
    await hiroshi.getByRole('button', { name: "End Lucía Fernández's turn" }).click();
    await expect.poll(() => speakerOn(lucia)).toBe('Nobody is speaking.');
  });

  it('[TURNS]: raised hands line up in the fair queue: least talk so far first, then who raised first', async () => {
    const [hiroshiPage, luciaPage] = [await pageFor(), await pageFor()];
    const hiroshi = await open(hiroshiPage, 'Hiroshi Tanaka', 'sidePanel', WEEKLY);
    const lucia = await open(luciaPage, 'Lucía Fernández', 'sidePanel', WEEKLY);
    await lucia.getByTestId('turns-queue').waitFor();

    // Priya and Lucía have spoken (the test above), Jonas and Aroha not yet. They raise in this order:
    await turnsAct('Priya Raman', WEEKLY, { action: 'raise' });
    await expect.poll(() => queueOn(hiroshi)).toEqual(['Priya Raman']);
    await turnsAct('Jonas Weber', WEEKLY, { action: 'raise' });
    await lucia.getByRole('button', { name: 'Raise hand' }).click();
    await turnsAct('Aroha Ngata', WEEKLY, { action: 'raise' });
    // Jonas and Aroha first, as they raised; then Priya and Lucía by the talk time each has had.
    const talkMs = new Map((await turnsView('Hiroshi Tanaka', WEEKLY)).summary.people.map((p) => [p.name, p.talkMs]));
    const spoken = ['Priya Raman', 'Lucía Fernández'].sort((a, b) => talkMs.get(a)! - talkMs.get(b)!);
    const expected = ['Jonas Weber', 'Aroha Ngata', ...spoken];
    await expect.poll(() => queueOn(hiroshi)).toEqual(expected);
    await expect.poll(() => queueOn(lucia)).toEqual(expected);
    expect(await lucia.getByRole('button', { name: 'Lower hand' }).getAttribute('aria-pressed')).toBe('true');

    // The facilitator gives the turn from the queue: Jonas speaks, and his hand comes down everywhere.
    await hiroshi.getByTestId('turns-queue').getByRole('button', { name: 'Give the turn to Jonas Weber' }).click();
    await expect.poll(() => speakerOn(lucia)).toBe('Jonas Weber');
    await expect.poll(() => queueOn(lucia)).toEqual(expected.slice(1));
    await screenshotWhole(hiroshiPage, 'turns-side-panel-queue');
  });

  it('[TURNS]: the stage shows who speaks, the balance with its reading, the share of voice and who is not heard yet', async () => {
    const page = await pageFor();
    const stage = await open(page, 'Jonas Weber', 'stage', WEEKLY);
    await expect.poll(() => speakerOn(stage)).toBe('Jonas Weber');
    const gauge = stage.getByRole('meter', { name: 'Speaking balance' });
    expect(await gauge.getAttribute('aria-valuetext')).toMatch(/of 100\. .+/);
    expect(await stage.getByTestId('voice-bar').count()).toBe(7);
    expect(await notHeardOn(stage)).toContain('Aroha Ngata');
    await screenshotWhole(page, 'turns-stage');
  });
});

describe('[TURNS]: my speaking', () => {
  it('[TURNS]: the personal tab shows my own figures over the period I pick, and nobody else’s', async () => {
    // The organizer opens the figures of last week's occurrence, which computes them from its transcript.
    const past = await lastPastOccurrence('Hiroshi Tanaka', WEEKLY);
    expect((await api.call('Hiroshi Tanaka', 'GET', `/api/meetings/${encodeURIComponent(past)}/speaking`)).ok).toBe(true);

    const page = await pageFor();
    await page.goto(`${stack.appUrl}/dev?surface=personal&upn=${encodeURIComponent(api.upnOf('Lucía Fernández'))}`);
    const frame = surfaceFrame(page);
    await frame.getByTestId('my-speaking-meeting').first().waitFor({ timeout: 20_000 });
    expect(await frame.getByTestId('my-speaking-meeting').count()).toBe(1);
    expect(await frame.getByTestId('my-speaking').textContent()).not.toMatch(/Hiroshi|Priya|Jonas/);
    await frame.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'This quarter' });
    await frame.getByTestId('my-speaking-meeting').first().waitFor();
    await screenshotWhole(page, 'turns-personal-my-speaking');
  });
});

describe('[TURNS]: accessibility', () => {

  beforeAll(async () => {
    await turnsAct('Amara Okafor', ROADMAP, { action: 'tap', participantId: api.upnOf('Priya Raman').toLowerCase() });
    await turnsAct('Hiroshi Tanaka', ROADMAP, { action: 'raise' });
  });

  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`[TURNS]: axe finds no violations in the turn tracker, its stage and My speaking (${theme})`, async () => {
      const panelPage = await pageFor();
      const panel = await open(panelPage, 'Amara Okafor', 'sidePanel', ROADMAP, theme);
      await panel.getByTestId('turns-facilitator').waitFor();
      await panel.getByTestId('turns-queue-entry').first().waitFor();
      await screenshotWhole(panelPage, `turns-side-panel-${theme}`);
      expect(describeViolations((await scanSurface(panelPage)).violations)).toEqual([]);

      const stagePage = await pageFor();
      const stage = await open(stagePage, 'Hiroshi Tanaka', 'stage', ROADMAP, theme);
      await stage.getByTestId('balance-gauge').waitFor();
      await screenshotWhole(stagePage, `turns-stage-${theme}`);
      expect(describeViolations((await scanSurface(stagePage)).violations)).toEqual([]);

      const personalPage = await pageFor();
      await personalPage.goto(`${stack.appUrl}/dev?surface=personal&theme=${theme}&upn=${encodeURIComponent(api.upnOf('Lucía Fernández'))}`);
      await surfaceFrame(personalPage).getByTestId('my-speaking-total').or(surfaceFrame(personalPage).getByTestId('my-speaking-empty')).waitFor({ timeout: 20_000 });
      expect(describeViolations((await scanSurface(personalPage)).violations)).toEqual([]);
    });
  }
});
