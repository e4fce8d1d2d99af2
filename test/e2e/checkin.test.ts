// The check-in through the dev host in Chromium: the organizer writes it into the invite from the details tab, people
// answer in their side panels and see each other's answers live, anonymous answers wait for the reveal, the
// facilitator moves on to the agenda; axe checks the details tab and the round.
import type { FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMeetingBlob } from '../../server/domain/invite';
import { startDemoStack, type DemoStack } from '../support/demo-stack';
import { checkinApi } from './checkin-api';
import { describeViolations, openSurface, scanSurface } from './dev-host';
import { useDevHostSuite, type DevHostSuite } from './dev-host-suite';

const dev = useDevHostSuite();
const { pageFor, open, screenshotWhole } = dev;
let stack: DemoStack;
let api: DevHostSuite['current']['api'];
beforeAll(() => {
  ({ stack, api } = dev.current);
});

const answersOn = (frame: FrameLocator) => frame.getByTestId('answers-wall').getByTestId('answer');

const ROADMAP = 'Roadmap review';
const WEEKLY = 'Weekly team meeting';
const CRITIQUE = 'Design critique';

describe('[CHECKIN]: details tab', () => {
  const question = 'What would make this review worth <your> hour?';

  it('[CHECKIN]: the organizer writes the check-in into the invite, in front of the agenda, and the Teams blob stays as it was', async () => {
    const eventId = await api.eventIdOf('Amara Okafor', ROADMAP);
    const before = await api.readEvent('Amara Okafor', eventId);
    const page = await pageFor();
    const frame = await open(page, 'Amara Okafor', 'details', ROADMAP);

    await frame.getByRole('combobox', { name: 'Kind of check-in' }).click();
    await frame.getByRole('option', { name: 'Your own question' }).click();
    await frame.getByRole('textbox', { name: 'Your question' }).fill(question);
    const preview = frame.getByTestId('invite-preview');
    await expect.poll(() => preview.getByTestId('invite-preview-checkin').textContent()).toContain(question);
    expect(await preview.getByTestId('invite-preview-agenda').textContent()).toContain('Customer research highlights (15 min)');
    await frame.getByRole('button', { name: 'Save check-in' }).click();

    await frame.locator('[data-testid="invite-status"][data-status="written"]').waitFor();
    await screenshotWhole(page, 'checkin-details-organizer');
    const after = await api.readEvent('Amara Okafor', eventId);
    const body = after.body.content;
    expect(body.indexOf('roundtable-checkin')).toBeGreaterThan(-1);
    expect(body.indexOf('roundtable-checkin')).toBeLessThan(body.indexOf('Agenda'));
    expect(body).toContain('What would make this review worth &lt;your&gt; hour?');
    const blob = findMeetingBlob({ contentType: after.body.contentType, content: body });
    expect(blob?.content).toBeTruthy();
    expect(blob?.content).toBe(findMeetingBlob({ contentType: before.body.contentType, content: before.body.content })?.content);

    // Saving the same check-in again changes nothing in the invite.
    await frame.getByRole('button', { name: 'Save check-in' }).click();
    await frame.locator('[data-testid="invite-status"][data-status="written"]').waitFor();
    await expect.poll(async () => (await api.readEvent('Amara Okafor', eventId))['@odata.etag']).toBe(after['@odata.etag']);
  });

  it('[CHECKIN]: an attendee sees the chosen check-in read-only', async () => {
    const page = await pageFor();
    const frame = await open(page, 'Priya Raman', 'details', ROADMAP);
    await frame.getByTestId('checkin-summary').waitFor();
    expect(await frame.getByTestId('checkin-question').textContent()).toBe(question);
    expect(await frame.getByTestId('checkin-editor').count()).toBe(0);
  });

  it("[CHECKIN]: when Graph fails the choice is kept, the organizer is told the invite wasn't updated, and Retry writes it", async () => {
    const page = await pageFor();
    const frame = await open(page, 'Amara Okafor', 'details', ROADMAP);
    await frame.getByRole('textbox', { name: 'Your question' }).fill('One word for this quarter?');
    stack.running.emulator!.setFaults({ rate503: 1, retryAfterSeconds: 0, methods: ['PATCH'] });
    try {
      await frame.getByRole('button', { name: 'Save check-in' }).click();
      await frame.locator('[data-testid="invite-status"][data-status="failed"]').waitFor();
    } finally {
      stack.running.emulator!.setFaults({});
    }
    expect(await frame.getByTestId('invite-status').textContent()).toContain("The invite wasn't updated.");
    await screenshotWhole(page, 'checkin-details-invite-failed');

    await frame.getByRole('button', { name: 'Update the invite' }).click();
    await frame.locator('[data-testid="invite-status"][data-status="written"]').waitFor();
    const eventId = await api.eventIdOf('Amara Okafor', ROADMAP);
    expect((await api.readEvent('Amara Okafor', eventId)).body.content).toContain('One word for this quarter?');
  });

  it('[CHECKIN]: the organizer of a recurring meeting picks a library prompt for the whole series', async () => {
    const page = await pageFor();
    const frame = await open(page, 'Priya Raman', 'details', CRITIQUE);

    await frame.getByRole('combobox', { name: 'Kind of check-in' }).click();
    await frame.getByRole('option', { name: /^Rose, bud, thorn/ }).click();
    await frame.getByRole('radio', { name: 'Since we last met: a rose, a bud and a thorn.' }).check();
    await frame.getByRole('radio', { name: 'Every meeting in the series' }).check();
    await frame.getByRole('button', { name: 'Save check-in' }).click();

    await frame.locator('[data-testid="invite-status"][data-status="written"]').waitFor();
    await screenshotWhole(page, 'checkin-details-series');
    const master = await api.readSeriesMaster('Priya Raman', CRITIQUE);
    expect(master.body.content).toContain('Since we last met: a rose, a bud and a thorn.');
  });
});

describe('[CHECKIN]: live round', () => {
  const people = ['Lucía Fernández', 'Priya Raman', 'Mateus Silva'];
  const answers = ['Curious about the roadmap', 'Tired but hopeful', 'Ready <b>to ship</b>'];

  beforeAll(async () => {
    await api.setCheckin('Hiroshi Tanaka', WEEKLY, { customQuestion: 'One word for how you arrive today?', anonymous: false });
  });

  it("[CHECKIN]: three attendees answer in their side panels and each sees the others' answers live", async () => {
    const facilitator = await pageFor();
    const hiroshi = await open(facilitator, 'Hiroshi Tanaka', 'sidePanel', WEEKLY);
    const pages = await Promise.all(people.map(() => pageFor()));
    const frames = await Promise.all(pages.map((page, index) => open(page, people[index]!, 'sidePanel', WEEKLY)));
    for (const frame of frames) await frame.getByTestId('answer-unavailable').waitFor();

    await hiroshi.getByRole('button', { name: 'Open the check-in' }).click();

    // The round opens live in every panel; each person answers.
    for (const [index, frame] of frames.entries()) {
      await frame.getByRole('textbox', { name: 'Your answer' }).fill(answers[index]!);
      await frame.getByRole('button', { name: 'Share my answer' }).click();
      await frame.getByTestId('my-answer').waitFor();
    }
    for (const frame of [...frames, hiroshi]) {
      for (const text of answers) await answersOn(frame).filter({ hasText: text }).waitFor({ timeout: 1_000 });
    }
    // Markup in an answer is shown as text.
    expect(await answersOn(frames[0]!).filter({ hasText: 'Ready <b>to ship</b>' }).getByTestId('answer-author').textContent()).toBe('Mateus Silva');
    await screenshotWhole(pages[0]!, 'checkin-side-panel-answers');

    // An edit replaces the answer everywhere.
    await frames[1]!.getByRole('button', { name: 'Edit my answer' }).click();
    await frames[1]!.getByRole('textbox', { name: 'Your answer' }).fill('Rested, actually');
    await frames[1]!.getByRole('button', { name: 'Update my answer' }).click();
    await answersOn(frames[0]!).filter({ hasText: 'Rested, actually' }).waitFor({ timeout: 1_000 });
    expect(await answersOn(frames[0]!).count()).toBe(3);

    // The stage shows the same wall.
    const stagePage = await pageFor();
    const stage = await open(stagePage, 'Jonas Weber', 'stage', WEEKLY);
    for (const text of [answers[0]!, 'Rested, actually', answers[2]!]) await answersOn(stage).filter({ hasText: text }).waitFor();
    await screenshotWhole(stagePage, 'checkin-stage-wall');
  });

  it('[CHECKIN]: the facilitator moves to the agenda and every panel lists the items parsed from the invite', async () => {
    const facilitator = await pageFor();
    const hiroshi = await open(facilitator, 'Hiroshi Tanaka', 'sidePanel', WEEKLY);
    const attendee = await pageFor();
    const lucia = await open(attendee, 'Lucía Fernández', 'sidePanel', WEEKLY);
    await lucia.getByTestId('answers-wall').waitFor();

    await hiroshi.getByRole('button', { name: 'Move to the agenda' }).click();

    const steps = lucia.getByTestId('agenda-step');
    await steps.nth(1).waitFor();
    expect(await steps.allTextContents()).toEqual([
      expect.stringContaining('Check-in'),
      expect.stringMatching(/Wins of the week.*10 min/),
      expect.stringMatching(/Blockers and asks.*20 min/),
      expect.stringMatching(/Roadmap check.*20 min/),
      expect.stringMatching(/Open floor.*10 min/),
    ]);
    await expect.poll(() => lucia.locator('[aria-current="step"]').textContent()).toContain('Wins of the week');

    await hiroshi.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => lucia.locator('[aria-current="step"]').textContent()).toContain('Blockers and asks');
    await screenshotWhole(facilitator, 'checkin-side-panel-agenda');
  });

  it('[CHECKIN]: the facilitator hands the round over to someone who answered, who then runs it', async () => {
    const facilitator = await pageFor();
    const hiroshi = await open(facilitator, 'Hiroshi Tanaka', 'sidePanel', WEEKLY);
    const attendee = await pageFor();
    const lucia = await open(attendee, 'Lucía Fernández', 'sidePanel', WEEKLY);
    await lucia.getByTestId('round-status').waitFor();
    expect(await lucia.getByTestId('facilitator-controls').count()).toBe(0);
    await hiroshi.getByTestId('praise-round-controls').waitFor();
    expect(await lucia.getByTestId('praise-round-controls').count()).toBe(0);

    await hiroshi.getByRole('combobox', { name: 'Hand over facilitation' }).click();
    await hiroshi.getByRole('listbox', { name: 'Hand over facilitation' }).getByRole('option', { name: 'Lucía Fernández' }).click();
    await hiroshi.getByRole('button', { name: 'Hand over' }).click();

    await lucia.getByTestId('facilitator-controls').waitFor();
    await expect.poll(() => hiroshi.getByTestId('round-status').textContent()).toContain('Facilitated by Lucía Fernández');
    expect(await hiroshi.getByTestId('facilitator-controls').count()).toBe(0);
    // Whoever runs the check-in runs the praise round too: its controls move with the hand-over, without a reload.
    await lucia.getByTestId('praise-round-controls').waitFor();
    await expect.poll(() => hiroshi.getByTestId('praise-round-controls').count()).toBe(0);
    await lucia.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => hiroshi.locator('[aria-current="step"]').textContent()).toContain('Wins of the week');
  });
});

describe('[CHECKIN]: anonymous round', () => {
  beforeAll(async () => {
    await api.setCheckin('Priya Raman', CRITIQUE, { customQuestion: 'What is one thing you are unsure about?', anonymous: true });
    const opened = await api.act('Priya Raman', CRITIQUE, { action: 'open' });
    expect(opened.status).toBe(200);
  });

  it('[CHECKIN]: anonymous answers stay hidden until the facilitator reveals them, which needs at least 3 answers', async () => {
    const facilitatorPage = await pageFor();
    const priya = await open(facilitatorPage, 'Priya Raman', 'sidePanel', CRITIQUE);
    const answerers = ['Amara Okafor', 'Lucía Fernández'];
    const texts = ['The empty state copy', 'Whether the chart reads in dark mode'];
    const frames = await Promise.all(answerers.map(async (name) => open(await pageFor(), name, 'sidePanel', CRITIQUE)));
    for (const [index, frame] of frames.entries()) {
      await frame.getByRole('textbox', { name: 'Your answer' }).fill(texts[index]!);
      await frame.getByRole('button', { name: 'Share my answer' }).click();
      await frame.getByTestId('my-answer').waitFor();
    }

    await expect.poll(() => priya.getByTestId('answers-hidden').textContent()).toContain('2 answers — revealed by the facilitator once at least 3 people have answered');
    expect(await frames[1]!.getByTestId('answers-wall').textContent()).not.toContain(texts[0]!);
    expect(await priya.getByTestId('reveal-button').getAttribute('aria-disabled')).toBe('true');
    const refused = await api.act('Priya Raman', CRITIQUE, { action: 'reveal' });
    expect(refused.status).toBe(409);
    await screenshotWhole(facilitatorPage, 'checkin-side-panel-anonymous-hidden');

    await api.answer('Aroha Ngata', CRITIQUE, 'Spacing on the stage');
    await expect.poll(() => priya.getByTestId('answers-hidden').textContent()).toContain('3 answers');
    await expect.poll(() => priya.getByTestId('reveal-button').getAttribute('aria-disabled')).not.toBe('true');
    await priya.getByTestId('reveal-button').click();

    for (const frame of [priya, ...frames]) {
      for (const text of [...texts, 'Spacing on the stage']) await answersOn(frame).filter({ hasText: text }).waitFor();
      expect(new Set(await frame.getByTestId('answer-author').allTextContents())).toEqual(new Set(['Anonymous']));
    }
  });
});

describe('[CHECKIN]: pulse', () => {
  // A demo tenant of its own: the pulse needs five people answering this week's weekly meeting, which the live round
  // above has already used for its own check-in.
  let own: DemoStack;
  let ownApi: ReturnType<typeof checkinApi>;
  const people = ['Lucía Fernández', 'Priya Raman', 'Mateus Silva', 'Fatima Al-Sayed'];

  beforeAll(async () => {
    own = await startDemoStack();
    ownApi = checkinApi(own);
    await ownApi.setCheckin('Hiroshi Tanaka', WEEKLY, { promptId: 'pulse.freedomInclusion', anonymous: true });
    expect((await ownApi.act('Hiroshi Tanaka', WEEKLY, { action: 'open' })).status).toBe(200);
  });

  afterAll(async () => {
    await own?.stop();
  });

  it('[CHECKIN]: the pulse shows its averages as bars only once five people have answered', async () => {
    const page = await pageFor();
    const jonas = await openSurface(page, own.appUrl, { surface: 'sidePanel', upn: ownApi.upnOf('Jonas Weber') });
    await jonas.getByTestId('pulse-chart').waitFor();
    for (const [index, name] of people.entries()) await ownApi.answer(name, WEEKLY, { freedom: 1 + index, inclusion: 5 - index });
    await expect.poll(() => jonas.getByTestId('pulse-withheld').textContent()).toContain('(4 so far)');
    expect(await jonas.getByTestId('pulse-bar').count()).toBe(0);

    await jonas.getByTestId('checkin-scale-freedom').getByRole('radio', { name: '5' }).check();
    await jonas.getByTestId('checkin-scale-inclusion').getByRole('radio', { name: '1' }).check();
    await jonas.getByRole('button', { name: 'Share my answer' }).click();

    const bars = jonas.getByTestId('pulse-bar');
    await bars.nth(1).waitFor();
    // freedom: (1 + 2 + 3 + 4 + 5) / 5; inclusion: (5 + 4 + 3 + 2 + 1) / 5
    expect(await bars.allTextContents()).toEqual(['Freedom3.0 of 5', 'Inclusion3.0 of 5']);
    await screenshotWhole(page, 'checkin-side-panel-pulse');

    const stagePage = await pageFor();
    const stage = await openSurface(stagePage, own.appUrl, { surface: 'stage', upn: ownApi.upnOf('Aroha Ngata') });
    await stage.getByTestId('pulse-bar').nth(1).waitFor();
    await screenshotWhole(stagePage, 'checkin-stage-pulse');
  });
});

describe('[CHECKIN]: accessibility', () => {
  beforeAll(async () => {
    await api.setCheckin('Amara Okafor', ROADMAP, { customQuestion: 'What would make this review worth your hour?', anonymous: false });
    await api.act('Amara Okafor', ROADMAP, { action: 'open' });
    await api.answer('Hiroshi Tanaka', ROADMAP, 'Clear decisions on owners');
  });


  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`[CHECKIN]: axe finds no violations in the organizer's details tab (${theme})`, async () => {
      const page = await pageFor();
      const frame = await open(page, 'Amara Okafor', 'details', ROADMAP, theme);
      await frame.getByTestId('checkin-editor').waitFor();
      await screenshotWhole(page, `checkin-details-${theme}`);
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);
    });

    it(`[CHECKIN]: axe finds no violations in the side panel's round (${theme})`, async () => {
      const page = await pageFor();
      const frame = await open(page, 'Amara Okafor', 'sidePanel', ROADMAP, theme);
      await frame.getByTestId('facilitator-controls').waitFor();
      await answersOn(frame).first().waitFor();
      await screenshotWhole(page, `checkin-side-panel-${theme}`);
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);
    });
  }
});
