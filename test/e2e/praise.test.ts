// Praise through the dev host in Chromium: people praise each other in their side panels and every panel and the stage
// show public praise live; private praise reaches only the recipient's personal tab; a preference for private is
// honoured and the giver told; the facilitator's praise round invites everyone; axe checks the new views.
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoStack } from '../support/demo-stack';
import { describeViolations, devHostUrl, scanSurface, surfaceFrame, type DevView } from './dev-host';
import { useDevHostSuite, type DevHostSuite } from './dev-host-suite';

const dev = useDevHostSuite();
const { pageFor, open, screenshotWhole } = dev;
let stack: DemoStack;
let api: DevHostSuite['current']['api'];
beforeAll(() => {
  ({ stack, api } = dev.current);
});

const WEEKLY = 'Weekly team meeting';
const ROADMAP = 'Roadmap review';

/** The personal tab as a private praise's activity notification opens it: on the sub-page 'praise'. */
const openPersonalPraise = async (page: Page, name: string, theme?: DevView['theme']) => {
  await page.goto(`${devHostUrl(stack.appUrl, { surface: 'personal', upn: api.upnOf(name), theme })}&view=praise`);
  const frame = surfaceFrame(page);
  await frame.getByTestId('personal-praise').waitFor({ timeout: 20_000 });
  return frame;
};

/** The side panel's praise, loaded: its form (and the values it offers) is there. */
const praiseReady = async (frame: FrameLocator) => {
  await frame.getByTestId('praise-form').waitFor({ timeout: 20_000 });
  return frame;
};

const idOf = (name: string) => {
  const person = stack.people.find((candidate) => candidate.displayName === name);
  if (!person) throw new Error(`no demo person ${name}`);
  return person.id;
};

const givePraise = async (frame: FrameLocator, praise: { to: string | 'team'; value: string; message: string; visibility?: 'Public' | 'Private' }) => {
  await frame.getByRole('combobox', { name: 'Who' }).selectOption(praise.to === 'team' ? 'team' : idOf(praise.to));
  await frame.getByRole('combobox', { name: 'For' }).selectOption({ label: praise.value });
  await frame.getByRole('textbox', { name: 'Message' }).fill(praise.message);
  if (praise.visibility) await frame.getByRole('radio', { name: new RegExp(`^${praise.visibility}`) }).check();
  await frame.getByRole('button', { name: 'Send praise' }).click();
  await frame.getByTestId('praise-sent').waitFor();
};

const wallOf = (frame: FrameLocator) => frame.getByTestId('praise-wall').getByTestId('praise-entry');

describe('[PRAISE]: side panel and stage', () => {
  it('[PRAISE]: in the narrow side panel the form’s pickers keep to its width, whatever their longest option', async () => {
    const frame = await open(await pageFor(), 'Hiroshi Tanaka', 'sidePanel', WEEKLY).then(praiseReady);
    const form = (await frame.getByTestId('praise-form').boundingBox())!;
    for (const picker of ['praise-recipient-select', 'praise-value-select']) {
      const box = (await frame.getByTestId(picker).boundingBox())!;
      expect(box.x + box.width, picker).toBeLessThanOrEqual(form.x + form.width + 0.5);
    }
  });

  it("[PRAISE]: an attendee's public praise shows on a second attendee's panel and on the stage within a second", async () => {
    const [luciaPage, mateusPage, stagePage] = await Promise.all([pageFor(), pageFor(), pageFor()]);
    const [lucia, mateus, stage] = await Promise.all([
      open(luciaPage, 'Lucía Fernández', 'sidePanel', WEEKLY).then(praiseReady),
      open(mateusPage, 'Mateus Silva', 'sidePanel', WEEKLY).then(praiseReady),
      open(stagePage, 'Jonas Weber', 'stage', WEEKLY),
    ]);
    await stage.getByTestId('praise-wall').waitFor();

    const message = 'Thanks for <b>untangling</b> the release notes';
    await givePraise(lucia, { to: 'Mateus Silva', value: 'Helping hand', message });

    for (const frame of [mateus, stage]) await wallOf(frame).filter({ hasText: message }).waitFor({ timeout: 1_000 });
    // Markup in a message is shown as text.
    const entry = wallOf(mateus).filter({ hasText: message });
    expect(await entry.getByTestId('praise-message').textContent()).toBe(message);
    expect(await entry.getByTestId('praise-recipient').textContent()).toBe('Mateus Silva');
    expect(await entry.getByTestId('praise-giver').textContent()).toBe('from Lucía Fernández');
    expect(await entry.locator('b').count()).toBe(0);
    // Only the giver sees how their praise is getting to the meeting chat; it gets there.
    expect(await entry.getByTestId('praise-delivery').count()).toBe(0);
    await expect
      .poll(() => lucia.getByTestId('praise-sent-delivery').getAttribute('data-status'), { timeout: 20_000 })
      .toBe('delivered');
    expect(await lucia.getByTestId('praise-sent-delivery').textContent()).toBe('Posted to the meeting chat');

    await givePraise(mateus, { to: 'team', value: 'Teamwork', message: 'We shipped it together' });
    await wallOf(stage).filter({ hasText: 'We shipped it together' }).getByText('The whole group').waitFor({ timeout: 1_000 });
    await screenshotWhole(luciaPage, 'praise-side-panel-default');
    await screenshotWhole(stagePage, 'praise-stage-default');
  });

  it("[PRAISE]: a private praise is on nobody's wall, and the recipient's personal tab shows it under \"Praise for you\"", async () => {
    const [luciaPage, stagePage] = await Promise.all([pageFor(), pageFor()]);
    const [lucia, stage] = await Promise.all([open(luciaPage, 'Lucía Fernández', 'sidePanel', WEEKLY).then(praiseReady), open(stagePage, 'Jonas Weber', 'stage', WEEKLY)]);
    const message = 'Your calm in the incident review helped me a lot';
    await givePraise(lucia, { to: 'Priya Raman', value: 'Courage', message, visibility: 'Private' });
    expect(await lucia.getByTestId('praise-sent-delivery').textContent()).not.toContain('meeting chat');
    // No live event carries private praise: the giver's panel reads its delivery again until it settles.
    await expect.poll(() => lucia.getByTestId('praise-sent').getAttribute('data-delivery'), { timeout: 20_000 }).toBe('delivered');
    expect(await lucia.getByTestId('praise-sent-delivery').textContent()).toBe('Delivered privately');

    const priyaPage = await pageFor();
    const priyaPanel = await open(priyaPage, 'Priya Raman', 'sidePanel', WEEKLY).then(praiseReady);
    for (const frame of [lucia, stage, priyaPanel]) {
      await frame.getByTestId('praise-wall').waitFor();
      expect(await frame.getByTestId('praise-wall').textContent()).not.toContain(message);
    }

    const personal = await openPersonalPraise(priyaPage, 'Priya Raman');
    // The deep link opens the tab on "Praise for you", with the focus there.
    await expect.poll(() => personal.getByRole('tab', { name: 'Praise for you' }).evaluate((tab) => tab === document.activeElement)).toBe(true);
    expect(await personal.getByRole('tab', { name: 'Praise for you' }).getAttribute('aria-selected')).toBe('true');
    const received = personal.getByTestId('praise-received').getByTestId('praise-item').filter({ hasText: message });
    await received.waitFor();
    expect(await received.getAttribute('data-visibility')).toBe('private');
    expect(await received.textContent()).toContain('From Lucía Fernández · Weekly team meeting');
    await screenshotWhole(priyaPage, 'praise-personal-received-default');

    // The giver finds it under "Praise you gave", with how it was delivered.
    const luciaPersonal = await openPersonalPraise(luciaPage, 'Lucía Fernández');
    await luciaPersonal.getByRole('tab', { name: 'Praise you gave' }).click();
    const given = luciaPersonal.getByTestId('praise-given').getByTestId('praise-item').filter({ hasText: message });
    await given.waitFor();
    expect(await given.textContent()).toContain('To Priya Raman · Weekly team meeting');
    expect(await given.getByTestId('praise-item-delivery').getAttribute('data-status')).not.toBeNull();
    await screenshotWhole(luciaPage, 'praise-personal-given-default');
  });

  it('[PRAISE]: someone who prefers private praise says so in their personal tab; the giver sees it and is told it went privately', async () => {
    const arohaPage = await pageFor();
    const aroha = await openPersonalPraise(arohaPage, 'Aroha Ngata');
    await aroha.getByRole('tab', { name: 'How I like to be praised' }).click();
    await aroha.getByRole('radio', { name: 'In private, just for me' }).check();
    await expect.poll(() => aroha.getByTestId('praise-preference-status').textContent()).toBe('Saved.');
    await screenshotWhole(arohaPage, 'praise-personal-preference-default');

    const page = await pageFor();
    const fatima = await open(page, 'Fatima Al-Sayed', 'sidePanel', WEEKLY).then(praiseReady);
    expect(await fatima.getByRole('option', { name: 'Aroha Ngata · prefers private' }).count()).toBe(1);
    await fatima.getByRole('combobox', { name: 'Who' }).selectOption(idOf('Aroha Ngata'));
    await fatima.getByText('Aroha Ngata prefers praise in private: Roundtable will deliver it privately.').waitFor();
    const message = 'The interview synthesis was superb';
    await givePraise(fatima, { to: 'Aroha Ngata', value: 'Clarity', message, visibility: 'Public' });
    expect(await fatima.getByTestId('praise-notice').textContent()).toBe('Delivered privately, as Aroha Ngata prefers.');
    expect(await fatima.getByTestId('praise-wall').textContent()).not.toContain(message);
    await screenshotWhole(page, 'praise-side-panel-notice-default');

    await aroha.getByRole('tab', { name: 'Praise for you' }).click();
    const received = aroha.getByTestId('praise-received').getByTestId('praise-item').filter({ hasText: message });
    await received.waitFor();
    expect(await received.textContent()).toContain('Private (as they prefer)');
  });

  it("[PRAISE]: private praise for someone without the app: the giver is told they'll see it in their personal tab", async () => {
    const page = await pageFor();
    const priya = await open(page, 'Priya Raman', 'sidePanel', ROADMAP).then(praiseReady);
    await givePraise(priya, { to: 'Dmitri Volkov', value: 'Ownership', message: 'Thanks for carrying the pager this week', visibility: 'Private' });
    await expect.poll(() => priya.getByTestId('praise-sent').getAttribute('data-delivery'), { timeout: 20_000 }).toBe('kept_for_recipient');
    expect(await priya.getByTestId('praise-notice').textContent()).toBe("Dmitri Volkov hasn't installed Roundtable; they'll see it in their personal tab.");
    await screenshotWhole(page, 'praise-side-panel-no-app-default');

    const dmitri = await openPersonalPraise(await pageFor(), 'Dmitri Volkov');
    await dmitri.getByTestId('praise-received').getByTestId('praise-item').filter({ hasText: 'Thanks for carrying the pager this week' }).waitFor();
  });

  it('[PRAISE]: the facilitator opens the praise round; another panel shows the invitation and suggestions, one click from praising', async () => {
    const [hiroshiPage, jonasPage] = await Promise.all([pageFor(), pageFor()]);
    const [hiroshi, jonas] = await Promise.all([
      open(hiroshiPage, 'Hiroshi Tanaka', 'sidePanel', WEEKLY).then(praiseReady),
      open(jonasPage, 'Jonas Weber', 'sidePanel', WEEKLY).then(praiseReady),
    ]);
    expect(await jonas.getByTestId('praise-round-controls').count()).toBe(0);
    expect(await jonas.getByTestId('praise-round-invitation').count()).toBe(0);

    await hiroshi.getByRole('button', { name: 'Start the praise round' }).click();

    await jonas.getByTestId('praise-round-invitation').waitFor({ timeout: 1_000 });
    const suggestions = jonas.getByTestId('praise-suggestion');
    await suggestions.first().waitFor();
    const names = (await suggestions.allTextContents()).map((text) => text.replace(/^Praise /, ''));
    // Mateus was praised in public above, so he is not among the people not praised lately; Jonas never suggests himself.
    expect(names).not.toContain('Mateus Silva');
    expect(names).not.toContain('Jonas Weber');
    await screenshotWhole(jonasPage, 'praise-side-panel-round-default');

    const first = names[0]!;
    await suggestions.first().click();
    expect(await jonas.getByRole('combobox', { name: 'Who' }).inputValue()).toBe(idOf(first));
    expect(await jonas.getByRole('textbox', { name: 'Message' }).evaluate((box) => box === document.activeElement)).toBe(true);

    await hiroshi.getByRole('button', { name: 'End the praise round' }).click();
    await jonas.getByTestId('praise-round-invitation').waitFor({ state: 'detached', timeout: 1_000 });
  });
});

describe('[PRAISE]: accessibility', () => {
  beforeAll(async () => {
    // Some praise on the roadmap review's wall, and in Priya's personal tab.
    const eventId = await api.eventIdOf('Amara Okafor', ROADMAP);
    const given = await api.call('Amara Okafor', 'PUT', `/api/meetings/${encodeURIComponent(eventId)}/praise/${crypto.randomUUID()}`, {
      recipient: { kind: 'person', userId: idOf('Priya Raman') },
      value: 'clarity',
      message: 'The roadmap one-pager made the trade-offs obvious',
      visibility: 'public',
    });
    expect(given.status).toBe(201);
  });


  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`[PRAISE]: axe finds no violations in the side panel's praise (${theme})`, async () => {
      const page = await pageFor();
      const frame = await open(page, 'Amara Okafor', 'sidePanel', ROADMAP, theme).then(praiseReady);
      await frame.getByRole('button', { name: 'Start the praise round' }).click();
      await frame.getByTestId('praise-round-invitation').waitFor();
      await wallOf(frame).first().waitFor();
      await frame.getByRole('button', { name: 'Send praise' }).click();
      await frame.getByText('Choose whom to praise.').waitFor();
      await screenshotWhole(page, `praise-side-panel-${theme}`);
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);
      await frame.getByRole('button', { name: 'End the praise round' }).click();
      await frame.getByTestId('praise-round-invitation').waitFor({ state: 'detached' });
    });

    it(`[PRAISE]: axe finds no violations on the stage's praise wall (${theme})`, async () => {
      const page = await pageFor();
      const frame = await open(page, 'Hiroshi Tanaka', 'stage', ROADMAP, theme);
      await wallOf(frame).first().waitFor();
      await screenshotWhole(page, `praise-stage-${theme}`);
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);
    });

    it(`[PRAISE]: axe finds no violations in the personal tab's praise (${theme})`, async () => {
      const page = await pageFor();
      const frame = await openPersonalPraise(page, 'Priya Raman', theme);
      await frame.getByTestId('praise-received').getByTestId('praise-item').first().waitFor();
      await screenshotWhole(page, `praise-personal-${theme}`);
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);
      await frame.getByRole('tab', { name: 'How I like to be praised' }).click();
      await frame.getByTestId('praise-preference').waitFor();
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);
    });
  }
});
