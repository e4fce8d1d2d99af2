// Drives the dev host page (demo mode's stand-in for Teams and Outlook) and the Roundtable surface framed in it.
import { AxeBuilder } from '@axe-core/playwright';
import type { FrameLocator, Page } from 'playwright-core';

export type DevView = {
  surface: 'sidePanel' | 'stage' | 'details' | 'config' | 'personal';
  upn?: string;
  meeting?: string;
  theme?: 'default' | 'dark' | 'contrast';
  host?: 'Teams' | 'Outlook';
  locale?: string;
};

export const devHostUrl = (appUrl: string, view: DevView): string => {
  const query = new URLSearchParams({ surface: view.surface });
  if (view.upn) query.set('upn', view.upn);
  if (view.meeting) query.set('meeting', view.meeting);
  if (view.theme) query.set('theme', view.theme);
  if (view.host) query.set('host', view.host);
  if (view.locale) query.set('locale', view.locale);
  return `${appUrl}/dev?${query.toString()}`;
};

export const SURFACE_FRAME = 'iframe[data-testid="surface-frame"]';

/** What each surface shows once it has loaded its data. */
const readyMarker: Record<DevView['surface'], string> = {
  sidePanel: '[data-testid="meeting-header"], [data-testid="error-state"]',
  stage: '[data-testid="meeting-header"], [data-testid="error-state"]',
  details: '[data-testid="meeting-header"], [data-testid="error-state"]',
  personal: '[data-testid="greeting"], [data-testid="error-state"]',
  config: 'h1',
};

export const surfaceFrame = (page: Page): FrameLocator => page.frameLocator(SURFACE_FRAME);

/** Opens the dev host on a view and waits until the framed surface has rendered its data (or its error). */
export const openSurface = async (page: Page, appUrl: string, view: DevView): Promise<FrameLocator> => {
  await page.goto(devHostUrl(appUrl, view));
  const frame = surfaceFrame(page);
  await frame.locator(readyMarker[view.surface]).first().waitFor({ timeout: 20_000 });
  return frame;
};

/** The theme the surface rendered with: its FluentProvider's marker and background colour. */
export const renderedTheme = (frame: FrameLocator) =>
  frame.locator('[data-host-theme]').first().evaluate((element) => ({
    name: element.getAttribute('data-host-theme'),
    background: getComputedStyle(element).backgroundColor,
  }));

/** axe inside the framed surface only (the dev host around it is not the product), minus Fluent's focus helpers. */
export const scanSurface = (page: Page) => new AxeBuilder({ page }).include([SURFACE_FRAME, 'html']).exclude([SURFACE_FRAME, '[data-tabster-dummy]']).analyze();

/** axe's findings, one readable line each with the elements concerned: what a failing test prints. */
export const describeViolations = (violations: Awaited<ReturnType<typeof scanSurface>>['violations']) =>
  violations.map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`);
