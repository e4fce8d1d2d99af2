// Microsoft Graph for praise: the chat's members and a series' occurrences for the routes; chat posts and activity
// notifications for the delivery worker (see chat-members.ts, series-occurrences.ts, chat-messages.ts, activity-feed.ts).
import type { VerifiedUser } from '../services/ports';
import type { DeliveryGraph, PraiseGraph } from '../services/praise/praise-ports';
import { createActivityFeedGraph } from './activity-feed';
import { createChatMembersGraph } from './chat-members';
import { createChatMessagesGraph } from './chat-messages';
import { createSeriesOccurrencesGraph } from './series-occurrences';

export type PraiseGraphOptions = {
  baseUrl: string;
  getUserToken: (user: VerifiedUser) => Promise<string>;
  getAppToken: (tenantId: string) => Promise<string>;
  /** How long a delivery waits for Graph before counting the attempt as ambiguous. Default 30 s. */
  timeoutMs?: number;
  now?: () => number;
};

export const createPraiseGraph = (options: PraiseGraphOptions): PraiseGraph & DeliveryGraph => {
  const shared = { baseUrl: options.baseUrl, timeoutMs: options.timeoutMs ?? 30_000, now: options.now ?? Date.now };
  return {
    ...createChatMembersGraph(options),
    ...createSeriesOccurrencesGraph(options),
    ...createChatMessagesGraph({ ...shared, getUserToken: options.getUserToken }),
    ...createActivityFeedGraph({ ...shared, getAppToken: options.getAppToken }),
  };
};
