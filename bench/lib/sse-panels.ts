// A child process of a live benchmark: opens many side panels' event streams (SSE over HTTP) and tells its parent,
// over IPC, when every stream has received each numbered item. It runs apart from the server so that reading 1,000
// streams does not take the server's event loop (the machine has 2 cores: one for each side).
//
// Parent → child (the first IPC message): { panels: [{ url, token, lastEventId }], pattern }
//   `pattern` is a regular expression whose first group is the item's number inside an event's data line.
// Child → parent: { kind: 'ready', heapPerStreamKb } once every stream is open; then { kind: 'complete', item, at }
//   each time the last stream receives an item (`at`: epoch milliseconds with fractions, comparable across processes).
import { get } from 'node:http';

type Panel = { url: string; token: string; lastEventId: string | null };
type Job = { panels: Panel[]; pattern: string };

const job = await new Promise<Job>((resolve) => process.once('message', (message) => resolve(message as Job)));
const itemPattern = new RegExp(job.pattern);
const now = () => performance.timeOrigin + performance.now();
const send = (message: object) => process.send?.(message);

const received = new Map<number, number>();

/**
 * Opens one panel's stream on a connection of its own, as separate browsers would. Node's http rather than fetch, and
 * frames found by index rather than by slicing the text after each one: this process stands in for 1,000 machines on
 * the server's own 2 cores, so the less CPU it takes to read, the less it takes from the server being measured.
 */
const follow = (panel: Panel) =>
  new Promise<() => Promise<void>>((resolveOpen, rejectOpen) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${panel.token}`, Accept: 'text/event-stream' };
    if (panel.lastEventId) headers['Last-Event-ID'] = panel.lastEventId;
    const request = get(panel.url, { headers, agent: false }, (response) => {
      if (response.statusCode !== 200) return rejectOpen(new Error(`stream ${panel.url}: ${response.statusCode}`));
      response.setEncoding('utf8');
      resolveOpen(
        () =>
          new Promise<void>((resolveEnd) => {
            let buffer = '';
            response.on('data', (text: string) => {
              buffer += text;
              let start = 0;
              let end: number;
              while ((end = buffer.indexOf('\n\n', start)) !== -1) {
                const found = itemPattern.exec(buffer.slice(start, end))?.[1];
                start = end + 2;
                if (found === undefined) continue;
                const item = Number(found);
                const count = (received.get(item) ?? 0) + 1;
                received.set(item, count);
                if (count === job.panels.length) send({ kind: 'complete', item, at: now() });
              }
              buffer = buffer.slice(start);
            });
            response.on('end', resolveEnd);
            response.on('error', () => resolveEnd());
          }),
      );
    });
    request.on('error', rejectOpen);
  });

const heapBefore = process.memoryUsage().heapUsed;
const readers = [];
// Opened a few at a time: a real meeting's panels do not all connect in the same millisecond either.
for (let i = 0; i < job.panels.length; i += 50) readers.push(...(await Promise.all(job.panels.slice(i, i + 50).map(follow))));
send({ kind: 'ready', heapPerStreamKb: (process.memoryUsage().heapUsed - heapBefore) / job.panels.length / 1024 });
await Promise.all(readers.map((read) => read()));
process.disconnect();
export {};
