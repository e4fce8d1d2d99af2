// One more Roundtable server instance beside a running demo stack, as a second process behind a load balancer would
// be: it shares only the database and Microsoft Graph (the emulator) with the others, and has its own HTTP server,
// connection, live hub, caches, token vault and praise delivery worker (driven by runOnce with the stack's clock).
// It can die like a process does: `kill()`, or right after Teams took its N-th chat post — and from then on nothing
// it does reaches the database or Graph again (every call hangs), with no goodbye: leases stay until they expire.
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'pino';
import { createApp } from '../../../server/app';
import { createAppTokenSource } from '../../../server/auth/app-token';
import { emulatorIdentity } from '../../../server/auth/identity';
import { createOnBehalfOf } from '../../../server/auth/on-behalf-of';
import { createTokenVault } from '../../../server/auth/token-vault';
import { openDatabase } from '../../../server/db/client';
import { createLiveEventLog } from '../../../server/db/live-event-log';
import { createStore } from '../../../server/db/store';
import { praiseTabLink } from '../../../server/domain/praise';
import { DEMO_APP } from '../../../server/emulator/index';
import { createPraiseGraph } from '../../../server/graph/praise-graph';
import { createPraiseDeliveryWorker, type PraiseDeliveryWorker } from '../../../server/jobs/praise-delivery/praise-delivery-worker';
import { createTtlCache } from '../../../server/lib/ttl-cache';
import { listen } from '../../../server/listen';
import { startLiveHub } from '../../../server/realtime/live-hub';
import type { Running } from '../../../server/start';
import type { Clock } from '../../../server/services/ports';

export type PraiseInstance = {
  appUrl: string;
  instanceId: string;
  worker: PraiseDeliveryWorker;
  /** Dies right after Teams has taken its next `count` chat posts (the last one's answer arrives; nothing is recorded). */
  dieAfterPosts(count: number): void;
  /** Resolves when the instance dies. */
  died: Promise<void>;
  kill(): void;
  /** A graceful stop (a live instance only); a dead one just lets go of its listener. */
  stop(): Promise<void>;
};

const never = new Promise<never>(() => {});

/** The same object, whose methods (nested ones too) never settle once `isDead()`. */
const dying = <T extends object>(target: T, isDead: () => boolean): T =>
  new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      if (typeof value === 'function') return (...args: unknown[]) => (isDead() ? never : (value as (...a: unknown[]) => unknown).apply(object, args));
      if (typeof value === 'object' && value !== null) return dying(value, isDead);
      return value;
    },
  });

export const startPraiseInstance = async (
  base: { running: Running; pglite: PGlite; clock: Clock; logger: Logger },
): Promise<PraiseInstance> => {
  let dead = false;
  let onDeath = () => {};
  const died = new Promise<void>((resolve) => (onDeath = resolve));
  let listening: Promise<void> | null = null;
  const kill = () => {
    if (dead) return;
    dead = true;
    // Its port closes with it: whoever calls now is refused.
    listening = server.close();
    onDeath();
  };
  const isDead = () => dead;

  const instanceId = `instance-${randomUUID()}`;
  const server = await listen(0);
  const database = await openDatabase({ pglite: base.pglite });
  // The database outlives every instance: closing belongs to the stack.
  const store = createStore(database.db, async () => {});
  const live = await startLiveHub({ log: createLiveEventLog(database.db), listen: database.listen, logger: base.logger });
  // Its own Graph clients and token caches, as a separate process would have.
  const identity = { clientId: DEMO_APP.clientId, clientSecret: DEMO_APP.clientSecret, identity: emulatorIdentity(base.running.emulatorUrl ?? '') };
  const graph = createPraiseGraph({
    baseUrl: `${base.running.emulatorUrl}/v1.0`,
    getUserToken: createOnBehalfOf(identity),
    getAppToken: createAppTokenSource(identity),
    now: () => base.clock.now().getTime(),
  });
  let postsToDie = Number.POSITIVE_INFINITY;
  const deliveryGraph = dying(
    {
      ...graph,
      postChatMessage: async (...args: Parameters<typeof graph.postChatMessage>) => {
        const outcome = await graph.postChatMessage(...args);
        // Teams has the post; the process dies before it can write that down.
        if (outcome.kind === 'delivered' && --postsToDie === 0) kill();
        return outcome;
      },
    },
    isDead,
  );
  const now = () => base.clock.now().getTime();
  let worker: PraiseDeliveryWorker | null = null;
  const vault = createTokenVault({ now: () => base.clock.now(), onNewToken: async (user, expiresAt) => worker?.onGiverToken(user, expiresAt) });
  worker = createPraiseDeliveryWorker({
    outbox: dying(store.praiseOutbox, isDead),
    praise: dying(store.praise, isDead),
    graph: deliveryGraph,
    vault,
    live: dying(live, isDead),
    clock: base.clock,
    logger: base.logger,
    instanceId,
    praiseTabLink: () => praiseTabLink({ personalPageUrl: `${server.url}/personal.html` }),
  });
  const delivery = worker;
  server.handle(
    createApp({
      ...base.running.deps,
      store,
      live,
      praiseGraph: graph,
      participations: createTtlCache({ ttlMs: 60_000, maxEntries: 10_000, now }),
      openRounds: createTtlCache({ ttlMs: 60_000, maxEntries: 10_000, now }),
      chatRosters: createTtlCache({ ttlMs: 60_000, maxEntries: 10_000, now }),
      onPraiseRecorded: () => delivery.nudge(),
      onUserVerified: (user) => vault.remember(user),
      demo: null,
      staticRoot: null,
    }).fetch,
  );
  return {
    appUrl: server.url,
    instanceId,
    worker: delivery,
    dieAfterPosts: (count) => void (postsToDie = count),
    died,
    kill,
    stop: async () => {
      if (dead) await listening;
      else await Promise.all([delivery.stop(), server.close()]);
      await live.stop();
    },
  };
};
