// Serves a fetch handler on a local port with @hono/node-server; port 0 picks a free one.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export type Listening = { port: number; url: string; close(): Promise<void> };

type FetchHandler = (request: Request) => Response | Promise<Response>;

/** Listens first, so the URL is known before the handler is built (the emulator needs its own origin). */
export const listen = async (port: number, hostname = '127.0.0.1'): Promise<Listening & { handle(fetch: FetchHandler): void }> => {
  let handler: FetchHandler = () => new Response('Starting', { status: 503 });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: (request) => handler(request), port, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `http://localhost:${actual}`,
    handle: (fetch) => {
      handler = fetch;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
};
