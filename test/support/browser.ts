// Debian's Chromium driven by playwright-core, launched the way this machine needs (docs: PLATFORM.md §6), with
// teams-js's valid-domains download answered locally so pages never wait for the CDN.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** teams-js fetches this at import and falls back to its built-in list only after 1.5 s offline. */
export const TEAMS_VALID_DOMAINS_URL = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

const validDomains = { validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com', '*.cloud.microsoft', 'outlook.office.com', '*.office.com'] };

const answerValidDomains = async (context: BrowserContext): Promise<void> => {
  await context.route(TEAMS_VALID_DOMAINS_URL, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify(validDomains),
    }),
  );
};

const requireChromium = (): void => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium); browser tests need it and are never skipped.`);
  }
};

export type TestBrowser = {
  /** The persistent context the tests browse in. */
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** A page in a fresh browser.newContext(), as axe needs (it opens helper pages in the page's context). */
  newAxePage(): Promise<Page>;
  close(): Promise<void>;
};

export const launchBrowser = async (): Promise<TestBrowser> => {
  requireChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'roundtable-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs });
  await answerValidDomains(context);
  let axeBrowser: Browser | null = null;
  const axeContexts: BrowserContext[] = [];
  return {
    context,
    newPage: () => context.newPage(),
    newAxePage: async () => {
      axeBrowser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs });
      const axeContext = await axeBrowser.newContext();
      await answerValidDomains(axeContext);
      axeContexts.push(axeContext);
      return axeContext.newPage();
    },
    close: async () => {
      await Promise.all(axeContexts.map((axeContext) => axeContext.close()));
      await axeBrowser?.close();
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
};

/** Where screenshots go (gitignored): look at them after a run. */
export const SCREENSHOT_DIR = resolve('screenshots');

export const saveScreenshot = async (page: Page, name: string): Promise<string> => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
};
