// Builds a Microsoft Graph client (@microsoft/microsoft-graph-client v3) for one access-token source.
// The SDK's AuthenticationHandler only attaches tokens to https Graph hosts; our own middleware attaches it to
// whatever base URL is configured, so production Graph and the local emulator take exactly the same path.
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

export type GraphClientOptions = {
  /** Graph root including the version, e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  getAccessToken: () => Promise<string>;
  /** Retries of a 429/503/504, each after the answer's Retry-After (the SDK's RetryHandler). */
  maxRetries?: number;
};

class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly getAccessToken: () => Promise<string>) {}

  async execute(context: Context): Promise<void> {
    const token = await this.getAccessToken();
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${token}`);
    options.headers = Object.fromEntries(headers.entries());
    if (!this.next) throw new Error('BearerTokenMiddleware must not be the last middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export const splitGraphBaseUrl = (baseUrl: string): { origin: string; version: string } => {
  const url = new URL(baseUrl);
  const version = url.pathname.replace(/^\/+|\/+$/g, '');
  return { origin: `${url.origin}/`, version: version || 'v1.0' };
};

export const createGraphClient = (options: GraphClientOptions): Client => {
  const { origin, version } = splitGraphBaseUrl(options.baseUrl);
  const auth = new BearerTokenMiddleware(options.getAccessToken);
  const retry = new RetryHandler(new RetryHandlerOptions(3, options.maxRetries ?? 3));
  auth.setNext(retry);
  retry.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({ middleware: auth, baseUrl: origin, defaultVersion: version });
};

/**
 * graph-client only recognises absolute https links; @odata.nextLink from another host (the emulator) must be made
 * relative to the configured root. Links outside the root are refused: we never send a token elsewhere.
 */
export const toRelativeGraphPath = (link: string, baseUrl: string): string => {
  const root = baseUrl.replace(/\/+$/, '');
  if (!link.startsWith(`${root}/`)) throw new Error(`Graph link outside ${root}: ${link}`);
  return link.slice(root.length);
};
