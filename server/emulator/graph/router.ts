// Microsoft Graph v1.0 as the emulator serves it under /v1.0: pipeline, bearer check, mailbox concurrency (and
// latency), injected faults, resources.
import { Hono } from 'hono';
import type { EmulatorContext } from '../context';
import { registerAttendance } from './attendance';
import { graphAuth } from './auth';
import { registerBatch } from './batch';
import { registerCalendar } from './calendar';
import { registerChats } from './chats';
import type { GraphEnv } from './env';
import { registerEventPatch } from './event-patch';
import { graphFaults } from './faults';
import { mailboxConcurrency } from './mailbox-concurrency';
import { publishDueArtifacts } from '../notifications/publish';
import { registerOnlineMeetings } from './online-meetings';
import { graphPipeline } from './pipeline';
import { queryOptionGuard } from './query-options';
import { sendError } from './respond';
import { registerSubscriptions } from './subscriptions';
import { registerTeamwork } from './teamwork';
import { registerTranscriptDelta } from './transcript-delta';
import { registerTranscripts } from './transcripts';
import { registerUnknownSegments } from './unknown-segment';
import { registerUsers } from './users';

export const createGraphRouter = (ctx: EmulatorContext): Hono<GraphEnv> => {
  const router = new Hono<GraphEnv>();
  router.onError((error, c) => sendError(ctx, c, error));
  router.use('*', graphPipeline(ctx));
  router.use('*', graphAuth(ctx));
  router.use('*', mailboxConcurrency(ctx));
  router.use('*', graphFaults(ctx));
  router.use('*', queryOptionGuard);
  // Meetings that ended since the last request publish their transcripts (and queue change notifications) first.
  router.use('*', async (_c, next) => {
    publishDueArtifacts(ctx);
    await next();
  });
  for (const register of [
    registerUsers,
    registerCalendar,
    registerEventPatch,
    registerOnlineMeetings,
    registerTranscripts,
    registerTranscriptDelta,
    registerAttendance,
    registerChats,
    registerTeamwork,
    registerSubscriptions,
    registerBatch,
    registerUnknownSegments,
  ]) {
    register(router, ctx);
  }
  return router;
};
