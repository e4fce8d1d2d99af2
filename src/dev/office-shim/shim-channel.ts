// The shim's side of the wire: requests to the dev host (the parent frame, same origin) and their answers, plus the
// host's events. Demo mode only.
import { SHIM_CHANNEL, isShimEvent, isShimResponse, type ShimErrorInfo, type ShimEvent, type ShimMethod, type ShimMethods, type ShimRequest } from './wire';

export class ShimCallError extends Error {
  readonly info: ShimErrorInfo;

  constructor(info: ShimErrorInfo) {
    super(info.message);
    this.info = info;
  }
}

type Pending = { resolve: (value: unknown) => void; reject: (error: ShimCallError) => void };

export const createShimChannel = (host: Window, origin: string) => {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const eventListeners = new Set<(event: ShimEvent) => void>();

  window.addEventListener('message', (message: MessageEvent) => {
    if (message.source !== host || message.origin !== origin) return;
    if (isShimEvent(message.data)) {
      eventListeners.forEach((listen) => listen(message.data as ShimEvent));
      return;
    }
    if (!isShimResponse(message.data)) return;
    const answer = message.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.value);
    else waiting.reject(new ShimCallError(answer.error));
  });

  return {
    call: <M extends ShimMethod>(method: M, ...args: ShimMethods[M]['args']): Promise<ShimMethods[M]['value']> =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: (value) => resolve(value as ShimMethods[M]['value']), reject });
        const request: ShimRequest<M> = { channel: SHIM_CHANNEL, id, method, args };
        host.postMessage(request, origin);
      }),
    onEvent: (listener: (event: ShimEvent) => void) => void eventListeners.add(listener),
  };
};

export type ShimChannel = ReturnType<typeof createShimChannel>;
