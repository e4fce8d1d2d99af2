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
};

const resourcePolicy = (crossOriginPaths: RegExp | undefined): MiddlewareHandler => async (c, next) => {
  await next();
  c.header('Cross-Origin-Resource-Policy', crossOriginPaths?.test(c.req.path) ? 'cross-origin' : 'same-origin');
};

export const securityHeaders = ({ allowSelfFraming, connectSources = [], crossOriginPaths }: SecurityHeaderOptions) =>
  every(
    resourcePolicy(crossOriginPaths),
    secureHeaders({
      xFrameOptions: false,
      crossOriginEmbedderPolicy: false,
      crossOriginResourcePolicy: false,
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
      referrerPolicy: 'strict-origin-when-cross-origin',
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
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
    }),
  );
