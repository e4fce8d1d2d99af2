// A child process of a live benchmark: sends HTTP requests at a steady rate, as many people in a meeting would, and
// reports each one's latency to its parent over IPC. It runs apart from the server so that the clients' own work (and
// their event loop's delays) is not counted as the server's (the panels have a process of their own too).
//
// Parent → child (one IPC message per run): { requests: [{ url, method, headers, body }], seconds }
//   the requests go out evenly spread over `seconds`; a request whose kept-alive connection the server closed just as
//   it was reused (a reset) is sent once more — only for requests that are safe to repeat (the benchmark's are).
// Child → parent: { kind: 'done', latencies: number[], sentAt: number[], retries: number, failures: string[] }
//   in request order; `sentAt` in epoch milliseconds with fractions, comparable across processes.
import { Agent, request as httpRequest } from 'node:http';

type PacedRequest = { url: string; method: string; headers: Record<string, string>; body?: string };
type Run = { requests: PacedRequest[]; seconds: number };

const epochNow = () => performance.timeOrigin + performance.now();

// Node's http with a keep-alive agent rather than fetch: this process stands in for the people in a meeting, on the
// server's own 2 cores, so the less CPU a request costs it, the less it takes from the server being measured.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

type Response = { status: number };

const sendOnce = (request: PacedRequest) =>
  new Promise<Response>((resolveResponse, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const headers = body ? { ...request.headers, 'Content-Length': String(body.byteLength) } : request.headers;
    const outgoing = httpRequest(request.url, { method: request.method, headers, agent }, (response) => {
      response.resume();
      response.on('end', () => resolveResponse({ status: response.statusCode ?? 0 }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });

const runPaced = async ({ requests, seconds }: Run) => {
  const interval = (seconds * 1000) / requests.length;
  const started = epochNow();
  const sentAt: number[] = [];
  const failures: string[] = [];
  let retries = 0;
  const latencies = await Promise.all(
    requests.map(async (request, i) => {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + i * interval - epochNow())));
      const t = performance.now();
      sentAt[i] = epochNow();
      try {
        const response = await sendOnce(request).catch(() => {
          retries++;
          return sendOnce(request);
        });
        if (response.status < 200 || response.status >= 300) failures.push(`${request.method} ${request.url}: ${response.status}`);
      } catch (error) {
        failures.push(`${request.method} ${request.url}: ${String(error)}`);
      }
      return performance.now() - t;
    }),
  );
  return { kind: 'done', latencies, sentAt, retries, failures };
};

process.on('message', (message) => {
  void runPaced(message as Run).then((report) => process.send?.(report));
});
process.on('disconnect', () => process.exit(0));
export {};
