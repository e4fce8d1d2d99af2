// Follows a meeting's Server-Sent Events with fetch (EventSource cannot send the Bearer header): parses the stream,
// remembers the last event id, and reconnects with Last-Event-ID after a drop, backing off while the server is away.
import { readApiError } from './api-error';

export type StreamEvent = { id: string | null; type: string; data: unknown };

/** connecting: first attempt; live: the server is sending; reconnecting: waiting to try again; stopped: refused for good. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export type FollowStreamOptions = {
  url: string;
  getToken: () => Promise<string>;
  /** Replay what came after this id; null: everything the stream holds. */
  lastEventId: string | null;
  onEvent: (event: StreamEvent) => void;
  onStatus?: (status: StreamStatus, error?: unknown) => void;
  initialDelayMs?: number;
  maxDelayMs?: number;
};

/** Statuses that will not change by asking again: the person may not follow this meeting, or it does not exist. */
const isFinal = (status: number): boolean => status === 400 || status === 403 || status === 404;

/** Splits an SSE body into events as the spec says: lines end in CR, LF or CRLF; a blank line ends an event. */
export const createSseParser = (onMessage: (message: { id: string | null; type: string; data: string }) => void) => {
  let buffer = '';
  let id: string | null = null;
  let type = '';
  let data: string[] = [];
  const dispatch = () => {
    if (data.length > 0) onMessage({ id, type: type || 'message', data: data.join('\n') });
    id = null;
    type = '';
    data = [];
  };
  const readLine = (line: string) => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
  };
  return (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.search(/\r\n|\r|\n/)) !== -1) {
      // A CR at the very end may be half of a CRLF: wait for the next chunk.
      if (buffer[end] === '\r' && end === buffer.length - 1) break;
      const width = buffer.startsWith('\r\n', end) ? 2 : 1;
      readLine(buffer.slice(0, end));
      buffer = buffer.slice(end + width);
    }
  };
};

const parseData = (data: string): unknown => {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
};

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Starts following; returns a function that stops (and closes the connection). */
export const followEventStream = (options: FollowStreamOptions): (() => void) => {
  const { url, getToken, onEvent, onStatus = () => {}, initialDelayMs = 1000, maxDelayMs = 30_000 } = options;
  const controller = new AbortController();
  const { signal } = controller;
  let lastEventId = options.lastEventId;
  let failures = 0;
  let attempts = 0;

  const readBody = async (body: ReadableStream<Uint8Array>) => {
    const parse = createSseParser((message) => {
      if (message.id) lastEventId = message.id;
      failures = 0;
      onEvent({ id: message.id, type: message.type, data: parseData(message.data) });
    });
    const decoder = new TextDecoder();
    const reader = body.getReader();
    signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parse(decoder.decode(value, { stream: true }));
    }
  };

  const run = async () => {
    while (!signal.aborted) {
      // Later attempts were announced as 'reconnecting' when the connection was lost.
      if (attempts++ === 0) onStatus('connecting');
      try {
        const headers = new Headers({ Authorization: `Bearer ${await getToken()}`, Accept: 'text/event-stream' });
        if (lastEventId) headers.set('Last-Event-ID', lastEventId);
        const response = await fetch(url, { headers, signal, cache: 'no-store' });
        if (!response.ok || !response.body) {
          const error = await readApiError(response, 'GET');
          if (isFinal(response.status)) return onStatus('stopped', error);
          throw error;
        }
        onStatus('live');
        await readBody(response.body);
        // A clean close (the server dropped a slow reader, a proxy closed an idle stream) is a lost connection too:
        // say so now rather than after the backoff.
        if (!signal.aborted) onStatus('reconnecting');
      } catch (error) {
        if (signal.aborted) return;
        onStatus('reconnecting', error);
      }
      if (signal.aborted) return;
      // The server closes streams it drops (a slow reader) and proxies close idle ones: come back with Last-Event-ID.
      failures += 1;
      const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** (failures - 1));
      await wait(delay * (0.5 + Math.random() / 2), signal);
    }
  };

  void run();
  return () => controller.abort();
};
