// A child process of a live benchmark: sends HTTP requests at a steady rate, as many people in a meeting would, and
// reports each one's latency to its parent over IPC. It runs apart from the server so that the clients' own work (and
// their event loop's delays) is not counted as the server's (the panels have a process of their own too).
//
// Parent → child (one IPC message per run): { requests: [{ url, method, headers, body }], seconds }
//   the requests go out evenly spread over `seconds`; a request whose kept-alive connection the server closed just as
//   it was reused (a reset) is sent once more — only for requests that are safe to repeat (the benchmark's are).
// Child → parent: { kind: 'done', latencies: number[], sentAt: number[], retries: number, failures: string[] }
//   in request order; `sentAt` in epoch milliseconds with fractions, comparable across processes.
type PacedRequest = { url: string; method: string; headers: Record<string, string>; body?: string };
type Run = { requests: PacedRequest[]; seconds: number };

const epochNow = () => performance.timeOrigin + performance.now();

const runPaced = async ({ requests, seconds }: Run) => {
  const interval = (seconds * 1000) / requests.length;
  const started = epochNow();
  const sentAt: number[] = [];
  const failures: string[] = [];
  let retries = 0;
  const latencies = await Promise.all(
    requests.map(async (request, i) => {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + i * interval - epochNow())));
      const send = () => fetch(request.url, { method: request.method, headers: request.headers, ...(request.body ? { body: request.body } : {}) });
      const t = performance.now();
      sentAt[i] = epochNow();
      try {
        const response = await send().catch(() => {
          retries++;
          return send();
        });
        await response.arrayBuffer();
        if (!response.ok) failures.push(`${request.method} ${request.url}: ${response.status}`);
      } catch (error) {
        failures.push(`${request.method} ${request.url}: ${String((error as { cause?: unknown }).cause ?? error)}`);
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
