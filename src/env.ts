// Front-end configuration, read from Vite's build-time environment once and validated here; nothing else reads import.meta.env.

export type FrontendEnv = {
  /** Where the Roundtable API lives: '' for the page's own origin (the server serves both), or an absolute http(s) origin. */
  apiBaseUrl: string;
  /** A development build (vite dev server) rather than a production bundle. */
  isDevBuild: boolean;
};

const readApiBaseUrl = (raw: unknown): string => {
  if (raw === undefined || raw === '') return '';
  if (typeof raw !== 'string') throw new Error('VITE_API_BASE_URL must be a string');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`VITE_API_BASE_URL must be an absolute URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`VITE_API_BASE_URL must be http(s), got "${raw}"`);
  return url.origin;
};

export const env: FrontendEnv = Object.freeze({
  apiBaseUrl: readApiBaseUrl(import.meta.env.VITE_API_BASE_URL),
  isDevBuild: import.meta.env.DEV,
});

/** The origin API calls go to: the configured one, or the page's own. */
export const apiOrigin = (): string => env.apiBaseUrl || window.location.origin;
