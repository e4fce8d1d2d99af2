// Leader reports through the dev host in Chromium: Amara Okafor (Head of Product, a quarter of weekly series in the
// demo calendar, a team of reports below her) opens the personal tab on its reports, works the meetings table (series,
// sort, filter, CSV export of exactly what is shown), opens a series' charts and a meeting's report, refuses a
// reversed custom range without asking the server, and switches to "my team"; the details tab of a meeting that has
// ended shows its report; axe checks the views in every theme.
import { readFile } from 'node:fs/promises';
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/api';
import type { DemoStack } from '../support/demo-stack';
import { describeViolations, devHostUrl, openSurface, scanSurface, surfaceFrame, type DevView } from './dev-host';
import { useDevHostSuite, type DevHostSuite } from './dev-host-suite';

const dev = useDevHostSuite();
const { pageFor, screenshotWhole } = dev;
let stack: DemoStack;
let api: DevHostSuite['current']['api'];
beforeAll(() => {
  ({ stack, api } = dev.current);
  addEndedOneOff();
});

const LEADER = 'Amara Okafor';
/** A one-off Teams meeting Amara held two days ago, added to the demo calendar: no transcript, no check-in. */
const ENDED_ONE_OFF = 'Quarterly pricing decision';
const STAFF_MEETING = 'Product staff meeting';
const WEEKLY_MEETING = 'Weekly team meeting';
const TEAM_NAMES = ['Hiroshi Tanaka', 'Priya Raman', 'Kwame Asante', 'Lucía Fernández', 'Mateus Silva', 'Aroha Ngata', 'Ingrid Johansson', 'Mei Lin'];

/** The personal tab as a deep link to its sub-page 'reports' opens it, with the meetings table loaded. */
const openReports = async (page: Page, theme?: DevView['theme']): Promise<FrameLocator> => {
  await page.goto(`${devHostUrl(stack.appUrl, { surface: 'personal', upn: api.upnOf(LEADER), theme })}&view=reports`);
  const frame = surfaceFrame(page);
  await frame.getByTestId('reports-table').or(frame.getByTestId('reports-empty')).or(frame.getByTestId('error-state')).first().waitFor({ timeout: 30_000 });
  return frame;
};

const visibleTable = (frame: FrameLocator) =>
  frame.getByTestId('reports-table').evaluate((table) =>
    [...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
  );

const staffSeriesRow = (frame: FrameLocator) => frame.getByTestId('reports-row-series').filter({ hasText: STAFF_MEETING });

/** Adds ENDED_ONE_OFF to the demo tenant (once per file: the emulator refuses a second meeting with its key). */
const addEndedOneOff = () => {
  const ended = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 86_400_000);
  stack.running.emulator!.addMeetings([
    {
      key: 'reports-e2e-ended-one-off',
      subject: ENDED_ONE_OFF,
      organizer: 'amara.okafor',
      invitees: [
        ['hiroshi.tanaka', 'accepted'],
        ['priya.raman', 'accepted'],
        ['kwame.asante', 'accepted'],
      ],
      start: new Date(ended.getTime() - 3_600_000),
      durationMs: 3_600_000,
      isWeeklySeries: false,
      isOnline: true,
      intro: '<p>Decide the new price list.</p>',
      createdDateTime: new Date(ended.getTime() - 7 * 86_400_000),
    },
  ]);
};

/** That person's own event id of a meeting in the last nine days that has ended. */
const pastEventId = async (name: string, subject: string) => {
  const [start, end] = [new Date(Date.now() - 9 * 86_400_000).toISOString(), new Date().toISOString()];
  const response = await fetch(`${stack.emulatorUrl}/v1.0/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=100`, {
    headers: { Authorization: `Bearer ${await tokenFor(stack, api.upnOf(name), 'graph')}` },
  });
  const events = ((await response.json()) as { value: { id: string; subject: string; end: { dateTime: string } }[] }).value;
  const past = events.filter((e) => e.subject === subject && Date.parse(`${e.end.dateTime}Z`) < Date.now());
  if (past.length === 0) throw new Error(`${name} has no past ${subject}`);
  return past.sort((a, b) => Date.parse(a.end.dateTime) - Date.parse(b.end.dateTime)).at(-1)!.id;
};

/** The details tab of ENDED_ONE_OFF as someone invited to it. */
const openEndedDetails = async (page: Page, name: string, theme?: DevView['theme']) =>
  openSurface(page, stack.appUrl, { surface: 'details', upn: api.upnOf(name), meeting: await pastEventId(name, ENDED_ONE_OFF), theme });

describe('[REPORTS]: my meetings', () => {
  it('[REPORTS]: a leader sees her meetings grouped by series, sorts, filters and exports exactly the rows shown', async () => {
    const page = await pageFor();
    const frame = await openReports(page);
    expect(await frame.getByRole('tab', { name: 'Reports' }).getAttribute('aria-selected')).toBe('true');

    const series = staffSeriesRow(frame);
    await series.waitFor();
    expect(await series.getByTestId('reports-series-open').textContent()).toMatch(/^Product staff meeting \(series, \d+ meetings\)$/);
    await series.getByRole('button', { name: `Show the meetings of ${STAFF_MEETING}` }).click();
    const occurrences = frame.getByTestId('reports-row-occurrence');
    await occurrences.first().waitFor();
    expect(await occurrences.count()).toBeGreaterThan(1);
    // Each row says where its speaking figures come from.
    expect(await occurrences.first().locator('[data-column="source"]').textContent()).toMatch(/Transcript|Live tracker|No transcript|not read yet/);

    // Sorting is a button in the header; the table says which way it is sorted.
    const balance = frame.getByRole('columnheader', { name: 'Balance' });
    await balance.getByRole('button').click();
    expect(await balance.getAttribute('aria-sort')).toBe('descending');
    await balance.getByRole('button').click();
    expect(await balance.getAttribute('aria-sort')).toBe('ascending');

    await frame.getByRole('searchbox', { name: 'Filter by subject or organizer' }).fill('staff');
    await expect.poll(async () => (await frame.getByTestId('reports-row-single').count()) + (await frame.getByTestId('reports-row-series').count())).toBe(1);
    await screenshotWhole(page, 'reports-meetings');

    const shown = await visibleTable(frame);
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^roundtable-meetings-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const records = csv.trimEnd().split('\r\n');
    expect(records).toHaveLength(shown.length);
    // Same header, same meetings in the same order; figures read as the table reads them.
    expect(records[0]).toBe(shown[0]!.join(','));
    expect(records.slice(1).map((record) => record.split(',')[0]?.replace(/^"/, ''))).toEqual(shown.slice(1).map((row) => row[0]?.split(',')[0]));
  });

  it('[REPORTS]: the series view charts the trends with their numbers as tables, and the observations', async () => {
    const page = await pageFor();
    const frame = await openReports(page);
    await staffSeriesRow(frame).getByTestId('reports-series-open').click();
    await frame.getByTestId('series-view').waitFor({ timeout: 20_000 });
    await frame.getByTestId('series-charts').waitFor({ timeout: 20_000 });
    for (const chart of ['balance', 'voicesHeard', 'participation', 'pulse', 'praiseSpread']) await frame.getByTestId(`series-chart-${chart}`).waitFor();
    await frame.getByTestId('series-observations').waitFor();

    const balance = frame.getByTestId('series-chart-balance');
    await balance.getByRole('button', { name: 'Show the numbers' }).click();
    const rows = balance.getByTestId('chart-table').locator('tbody tr');
    expect(await rows.count()).toBe(await frame.getByTestId('series-occurrence').count());
    await screenshotWhole(page, 'reports-series');

    await frame.getByRole('button', { name: 'Back' }).click();
    await frame.getByTestId('reports-table').waitFor();
  });

  it('[REPORTS]: a meeting’s view shows where its figures come from, share of voice, the check-in and praise', async () => {
    const page = await pageFor();
    const frame = await openReports(page);
    await staffSeriesRow(frame).getByRole('button', { name: `Show the meetings of ${STAFF_MEETING}` }).click();
    await frame.getByTestId('reports-row-occurrence').first().getByTestId('reports-meeting-open').click();
    const report = frame.getByTestId('meeting-report');
    await report.waitFor({ timeout: 20_000 });
    expect(await report.getByTestId('meeting-source').textContent()).toMatch(/^Speaking figures from: /);
    const hasSpeaking = (await report.getAttribute('data-source')) !== 'none';
    expect(await report.getByTestId(hasSpeaking ? 'meeting-share-of-voice' : 'meeting-no-speaking').count()).toBe(1);
    // The organizer sees who spoke when.
    if (hasSpeaking) expect(await report.getByTestId('meeting-timeline').count()).toBe(1);
    await report.getByTestId('meeting-checkin').waitFor();
    await report.getByTestId('meeting-praise').waitFor();
    await screenshotWhole(page, 'reports-meeting');
  });

  it('[REPORTS]: at a narrow tab width the page does not scroll sideways; the table scrolls in its own region', async () => {
    const page = await pageFor();
    await page.setViewportSize({ width: 720, height: 1000 });
    const frame = await openReports(page);
    await staffSeriesRow(frame).waitFor();
    const widths = await frame.locator('body').evaluate((body) => ({ page: body.scrollWidth, view: body.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    const region = frame.getByRole('region', { name: 'Meetings table (scrolls sideways)' });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await screenshotWhole(page, 'reports-narrow');
  });

  it('[REPORTS]: a custom range that ends before it starts says why and asks the server nothing', async () => {
    const page = await pageFor();
    const frame = await openReports(page);
    await frame.getByRole('combobox', { name: 'Report period' }).selectOption({ label: 'Custom' });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/reports/')) requests.push(request.url());
    });
    // Each change leaves a range the domain refuses: an end before the start, then more than a year.
    await frame.getByTestId('reports-range-to').fill('2001-03-01');
    await frame.getByText('The end date is before the start date.').waitFor();
    await frame.getByTestId('reports-range-from').fill('2000-01-01');
    await frame.getByText('Choose a period of at most a year.').waitFor();
    expect(requests).toEqual([]);
  });
});

describe('[REPORTS]: my team and the meeting itself', () => {
  it('[REPORTS]: a manager’s "My team" shows totals and weeks and never a name', async () => {
    const page = await pageFor();
    const frame = await openReports(page);
    await frame.getByRole('tab', { name: 'My team' }).click();
    const team = frame.getByTestId('reports-team');
    await team.getByTestId('team-totals').or(team.getByTestId('team-withheld')).first().waitFor({ timeout: 20_000 });
    const text = (await team.textContent()) ?? '';
    for (const name of TEAM_NAMES) expect(text).not.toContain(name);
    await screenshotWhole(page, 'reports-team');
  });

  it('[REPORTS]: the details tab of a meeting that has ended shows its report, with clear empty states, above the check-in', async () => {
    const page = await pageFor();
    const frame = await openEndedDetails(page, LEADER);
    const report = frame.getByTestId('details-meeting-report');
    await report.getByTestId('meeting-report').waitFor({ timeout: 20_000 });
    expect(await report.getByRole('heading', { level: 2 }).first().textContent()).toBe('How this meeting went');
    expect(await report.getByTestId('meeting-no-speaking').textContent()).toBe('No transcript for this meeting, so it has no speaking figures.');
    expect(await report.getByTestId('meeting-checkin-none').textContent()).toBe('No check-in was held.');
    expect(await report.getByTestId('meeting-source').textContent()).toBe('Speaking figures from: No transcript');
    await frame.getByTestId('checkin-details').waitFor();
    await screenshotWhole(page, 'reports-details');
  });

  it('[REPORTS]: a recurring meeting’s details tab reports on the occurrence Teams opened it on, or on the last one before it', async () => {
    const page = await pageFor();
    const organizer = 'Hiroshi Tanaka';
    const lastWeek = await pastEventId(organizer, WEEKLY_MEETING);
    // The occurrence in progress has not ended: its tab shows the previous occurrence's report, named as such.
    const current = await openSurface(page, stack.appUrl, { surface: 'details', upn: api.upnOf(organizer) });
    expect(await current.getByTestId('meeting-subject').textContent()).toBe(WEEKLY_MEETING);
    const previous = current.getByTestId('details-meeting-report');
    await previous.getByTestId('meeting-report').waitFor({ timeout: 20_000 });
    expect(await previous.getAttribute('data-event-id')).toBe(lastWeek);
    expect(await previous.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^How the last meeting went \(.+\)$/);
    await current.getByTestId('checkin-details').waitFor();
    // Opened on last week's occurrence (Teams gives its start), the tab is about that one and reports on it.
    const past = await openSurface(page, stack.appUrl, { surface: 'details', upn: api.upnOf(organizer), meeting: lastWeek });
    const report = past.getByTestId('details-meeting-report');
    await report.getByTestId('meeting-report').waitFor({ timeout: 20_000 });
    expect(await report.getAttribute('data-event-id')).toBe(lastWeek);
    expect(await report.getByRole('heading', { level: 2 }).first().textContent()).toBe('How this meeting went');
  });

  it('[REPORTS]: the details tab of a meeting still to come has no report', async () => {
    const page = await pageFor();
    const frame = await dev.open(page, LEADER, 'details', 'Roadmap review');
    await frame.getByTestId('checkin-editor').waitFor({ timeout: 20_000 });
    expect(await frame.getByTestId('details-meeting-report').count()).toBe(0);
  });
});

describe('[REPORTS]: accessibility', () => {
  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`[REPORTS]: axe finds no violations in the reports table, the series view and a meeting's view (${theme})`, async () => {
      const page = await pageFor();
      const frame = await openReports(page, theme);
      await staffSeriesRow(frame).getByRole('button', { name: `Show the meetings of ${STAFF_MEETING}` }).click();
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);
      await staffSeriesRow(frame).getByTestId('reports-series-open').click();
      await frame.getByTestId('series-charts').waitFor({ timeout: 20_000 });
      await frame.getByTestId('series-chart-pulse').getByRole('button', { name: 'Show the numbers' }).click();
      await screenshotWhole(page, `reports-series-${theme}`);
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);

      await frame.getByTestId('series-occurrence').last().click();
      const report = frame.getByTestId('meeting-report');
      await report.waitFor({ timeout: 20_000 });
      const timeline = report.getByTestId('meeting-timeline');
      if ((await timeline.count()) > 0) await timeline.getByRole('button', { name: 'Show the numbers' }).click();
      await screenshotWhole(page, `reports-meeting-${theme}`);
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);
    });

    it(`[REPORTS]: axe finds no violations in an ended meeting's details tab (${theme})`, async () => {
      const page = await pageFor();
      const frame = await openEndedDetails(page, LEADER, theme);
      await frame.getByTestId('meeting-report').waitFor({ timeout: 20_000 });
      expect(describeViolations((await scanSurface(page)).violations)).toEqual([]);
    });
  }
});
