// Security headers for every answer. Teams, Outlook and the Microsoft 365 app frame our pages, so instead of
// X-Frame-Options the CSP's frame-ancestors names exactly those hosts (Microsoft Learn, "Tab requirements").
import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { secureHeaders } from 'hono/secure-headers';

export const MICROSOFT_365_FRAME_ANCESTORS = [
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
];

export type SecurityHeaderOptions = {
  /** Demo mode adds 'self' so the dev host (same origin) may frame the tabs. */
  allowSelfFraming: boolean;
  /** Extra origins the pages may call (teams-js's valid-domains list in production). */
  connectSources?: string[];
  /** Paths other sites may embed (the Outlook ribbon icons, shown by Outlook on the web). */
  crossOriginPaths?: RegExp;
  /**
   * Extra script origins for single pages, by exact path: the Outlook command page loads Office.js from Microsoft's
   * CDN (store policy); no other page may run a third-party script.
   */
  pageScriptSources?: { path: string; sources: string[] }[];
};

/** Where Office.js must come from (Microsoft's store policy), and the origin the Outlook page's CSP admits. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_URL).origin;

const resourcePolicy = (crossOriginPaths: RegExp | undefined): MiddlewareHandler => async (c, next) => {
  await next();
  c.header('Cross-Origin-Resource-Policy', crossOriginPaths?.test(c.req.path) ? 'cross-origin' : 'same-origin');
};

/** Each page answers with the standard headers, or with its own extra script sources when it has some. */
const scriptSourcesByPage = (pages: SecurityHeaderOptions['pageScriptSources'], headersWith: (scriptSources: string[]) => MiddlewareHandler): MiddlewareHandler => {
  const standard = headersWith([]);
  const byPath = new Map((pages ?? []).map(({ path, sources }) => [path, headersWith(sources)]));
  return (c, next) => (byPath.get(c.req.path) ?? standard)(c, next);
};

export const securityHeaders = ({ allowSelfFraming, connectSources = [], crossOriginPaths, pageScriptSources }: SecurityHeaderOptions) =>
  every(
    resourcePolicy(crossOriginPaths),
    scriptSourcesByPage(pageScriptSources, (scriptSources) => secureHeaders({
      xFrameOptions: false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: false,
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
      referrerPolicy: 'strict-origin-when-cross-origin',
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...scriptSources],
        // Griffel (Fluent UI v9) inserts style rules at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...connectSources],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: [...(allowSelfFraming ? ["'self'"] : []), ...MICROSOFT_365_FRAME_ANCESTORS],
      },
    })),
  );
