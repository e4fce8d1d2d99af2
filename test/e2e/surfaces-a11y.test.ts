// Every surface in every host theme: axe finds no violations, and a screenshot is saved to screenshots/ for a person
// to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, saveScreenshot, type TestBrowser } from '../support/browser';
import { startDemoStack, type DemoStack } from '../support/demo-stack';
import { describeViolations, openSurface, scanSurface, type DevView } from './dev-host';

let stack: DemoStack;
let browser: TestBrowser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startDemoStack(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const surfaces: DevView['surface'][] = ['sidePanel', 'stage', 'details', 'personal', 'config'];
const themes: NonNullable<DevView['theme']>[] = ['default', 'dark', 'contrast'];

describe('[A11Y]: surfaces', () => {
  for (const surface of surfaces) {
    for (const theme of themes) {
      it(`[A11Y]: axe finds no violations on the ${surface} in the ${theme} theme`, async () => {
        const page = await browser.newAxePage();
        try {
          await page.setViewportSize({ width: 1400, height: 1000 });
          const upn = stack.people.find((person) => person.displayName === 'Priya Raman')?.upn;
          await openSurface(page, stack.appUrl, { surface, theme, upn });
          await saveScreenshot(page, `${surface}-${theme}`);
          const results = await scanSurface(page);
          expect(describeViolations(results.violations)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
