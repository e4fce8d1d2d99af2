// At most 4 Graph calls in flight per mailbox from this instance. Outlook refuses a fifth concurrent request of one app
// to one mailbox (429 ApplicationThrottled, "MailboxConcurrency"), so calls made for one person wait here for a slot
// instead — also across two requests of that person at once (two tabs opening a report).

/** Outlook's limit of concurrent requests per app per mailbox. */
export const MAILBOX_CONCURRENCY = 4;

export type MailboxGate = { run<T>(call: () => Promise<T>): Promise<T> };

type Gate = MailboxGate & { isIdle(): boolean };

const createGate = (limit: number): Gate => {
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = (): Promise<void> => {
    if (active < limit) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  // A freed slot goes straight to the next waiter, so `active` never drops below the queue's need.
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    run: async (call) => {
      await acquire();
      try {
        return await call();
      } finally {
        release();
      }
    },
    isIdle: () => active === 0 && waiting.length === 0,
  };
};

/** One gate per mailbox key (tenant and user), forgotten once idle. */
export const createMailboxGates = (limit = MAILBOX_CONCURRENCY) => {
  const gates = new Map<string, Gate>();
  return {
    gateFor: (mailbox: string): MailboxGate => ({
      run: async (call) => {
        let gate = gates.get(mailbox);
        if (!gate) {
          gate = createGate(limit);
          gates.set(mailbox, gate);
        }
        const held = gate;
        try {
          return await held.run(call);
        } finally {
          if (held.isIdle() && gates.get(mailbox) === held) gates.delete(mailbox);
        }
      },
    }),
  };
};

/** A gate of its own, for a client made outside createGraphAdapter. */
export const createSingleMailboxGate = (limit = MAILBOX_CONCURRENCY): MailboxGate => createMailboxGates(limit).gateFor('');
