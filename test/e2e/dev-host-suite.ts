// What every dev-host e2e suite needs: the demo stack and Chromium for the file's tests, a page per person (each in its
// own browser context), opening a surface as someone on a meeting, and full-height screenshots. Registers its hooks.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, saveScreenshot, type TestBrowser } from '../support/browser';
import { startDemoStack, type DemoStack } from '../support/demo-stack';
import { checkinApi } from './checkin-api';
import { SURFACE_FRAME, openSurface, surfaceFrame, type DevView } from './dev-host';

export type DevHostSuite = {
  /** Set once the file's beforeAll ran. */
  current: { stack: DemoStack; api: ReturnType<typeof checkinApi> };
  /** A page in its own browser context: one person, signed in as nobody else; closed after each test. */
  pageFor(): Promise<Page>;
  open(page: Page, name: string, surface: DevView['surface'], subject: string, theme?: DevView['theme']): ReturnType<typeof openSurface>;
  /** The dev host frames the surface at a fixed height; let it grow so a screenshot shows all of it. */
  screenshotWhole(page: Page, name: string): Promise<void>;
};

export const useDevHostSuite = (): DevHostSuite => {
  const current = {} as DevHostSuite['current'];
  let browser: TestBrowser | undefined;
  const openPages: Page[] = [];

  beforeAll(async () => {
    const [stack, launched] = await Promise.all([startDemoStack(), launchBrowser()]);
    browser = launched;
    Object.assign(current, { stack, api: checkinApi(stack) });
  });
  afterAll(async () => {
    await browser?.close();
    await current.stack?.stop();
  });
  afterEach(async () => {
    await Promise.all(openPages.splice(0).map((page) => page.close()));
  });

  return {
    current,
    pageFor: async () => {
      if (!browser) throw new Error('the browser is not launched yet');
      const page = await browser.newAxePage();
      await page.setViewportSize({ width: 1400, height: 1000 });
      openPages.push(page);
      return page;
    },
    open: async (page, name, surface, subject, theme) =>
      openSurface(page, current.stack.appUrl, { surface, upn: current.api.upnOf(name), meeting: await current.api.eventIdOf(name, subject), theme }),
    screenshotWhole: async (page, name) => {
      const height = await surfaceFrame(page).locator('body').evaluate((body) => body.scrollHeight);
      await page.locator(SURFACE_FRAME).evaluate((frame, px) => Object.assign((frame as HTMLElement).style, { height: `${px + 32}px` }), height);
      await saveScreenshot(page, name);
    },
  };
};
