// Serves a fetch handler on a local port with @hono/node-server; port 0 picks a free one.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';

export type Listening = { port: number; url: string; close(): Promise<void> };

type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * Connections waiting to be accepted. Node 20's libuv accepts one connection per event-loop turn, so when a meeting's
 * panels all (re)connect at once the default 511 overflows and the kernel drops handshakes, which clients only retry
 * after TCP's 1 s, 3 s, 7 s timeouts. The kernel caps it at net.core.somaxconn.
 */
const ACCEPT_BACKLOG = 4096;

/** Listens first, so the URL is known before the handler is built (the emulator needs its own origin). */
export const listen = async (port: number, hostname = '127.0.0.1'): Promise<Listening & { handle(fetch: FetchHandler): void }> => {
  let handler: FetchHandler = () => new Response('Starting', { status: 503 });
  const server = createAdaptorServer({ fetch: (request: Request) => handler(request) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: hostname, backlog: ACCEPT_BACKLOG }, () => resolve());
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
