// Meeting chat messages as the giver (delegated ChatMessage.Send through on-behalf-of; Graph refuses app-only
// posts): post a praise card, and list the newest messages to find an earlier post after an ambiguous failure.
// The client here has no automatic retry: a 503 or 504 retried blindly could post twice, so the outbox decides.
import { GraphError } from '@microsoft/microsoft-graph-client';
import type { ChatMessage } from '@microsoft/microsoft-graph-types';
import type { AttemptOutcome, PraiseChatMessage } from '../domain/praise';
import type { VerifiedUser } from '../services/ports';
import type { ListedChatMessage } from '../services/praise/praise-ports';
import { createGraphClient, toRelativeGraphPath } from './client';
import { giverTokenOutcome, graphFailureOutcome } from './delivery-outcome';

export type ChatMessagesOptions = {
  baseUrl: string;
  getUserToken: (user: VerifiedUser) => Promise<string>;
  /** Longest wait for Graph's answer; past it the post counts as ambiguous. */
  timeoutMs: number;
  now: () => number;
};

const POST_REFUSALS = {
  400: 'Microsoft Teams refused the message.',
  401: 'Microsoft Teams did not accept your sign-in.',
  403: 'You cannot post in this meeting chat (are you still a member?).',
  404: 'The meeting chat no longer exists.',
};

type Client = ReturnType<typeof createGraphClient>;

/** How far back a search for an earlier post may page (50 messages a page). */
const MAX_PAGES = 20;

const toListed = (m: ChatMessage): ListedChatMessage => ({
  id: m.id ?? '',
  createdDateTime: m.createdDateTime ?? null,
  fromUserId: m.from?.user?.id ?? null,
  attachments: (m.attachments ?? []).map((a) => ({ id: a.id ?? null, content: a.content ?? null })),
});

/** A client for one call with the giver's token, or the outcome when no token could be had. */
const clientAs = async (options: ChatMessagesOptions, giver: VerifiedUser): Promise<Client | AttemptOutcome> => {
  let token: string;
  try {
    token = await options.getUserToken(giver);
  } catch (error) {
    return giverTokenOutcome(error);
  }
  return createGraphClient({ baseUrl: options.baseUrl, getAccessToken: async () => token, maxRetries: 0 });
};

const isOutcome = (value: unknown): value is AttemptOutcome => typeof value === 'object' && value !== null && 'kind' in value;

export const createChatMessagesGraph = (options: ChatMessagesOptions) => ({
  postChatMessage: async (giver: VerifiedUser, chatId: string, message: PraiseChatMessage, goAhead?: () => Promise<void>): Promise<AttemptOutcome> => {
    const client = await clientAs(options, giver);
    if (isOutcome(client)) return client;
    await goAhead?.();
    try {
      const posted = (await client
        .api(`/chats/${encodeURIComponent(chatId)}/messages`)
        .option('signal', AbortSignal.timeout(options.timeoutMs))
        .post(message)) as ChatMessage;
      return { kind: 'delivered', messageId: posted.id ?? null };
    } catch (error) {
      // A delegated token Graph does not accept means the giver's sign-in cannot act for them any more.
      if (error instanceof GraphError && error.statusCode === 401) return { kind: 'giver_token_unusable', reason: POST_REFUSALS[401] };
      return graphFailureOutcome(error, options.now(), POST_REFUSALS);
    }
  },

  listChatMessagesSince: async (giver: VerifiedUser, chatId: string, since: Date): Promise<ListedChatMessage[] | AttemptOutcome> => {
    const client = await clientAs(options, giver);
    if (isOutcome(client)) return client;
    const found: ListedChatMessage[] = [];
    try {
      // Graph lists a chat newest first (by last modification): read pages back to `since`, at most MAX_PAGES of them.
      let path: string | undefined = `/chats/${encodeURIComponent(chatId)}/messages?$top=50`;
      for (let page = 0; path && page < MAX_PAGES; page++) {
        const body = (await client.api(path).option('signal', AbortSignal.timeout(options.timeoutMs)).get()) as { value: ChatMessage[]; '@odata.nextLink'?: string };
        const messages = body.value.map(toListed);
        found.push(...messages);
        const next = body['@odata.nextLink'];
        const reachedSince = messages.some((m) => m.createdDateTime !== null && Date.parse(m.createdDateTime) < since.getTime());
        path = next && !reachedSince ? toRelativeGraphPath(next, options.baseUrl) : undefined;
      }
      return found;
    } catch (error) {
      const outcome = graphFailureOutcome(error, options.now(), POST_REFUSALS);
      // A failed read changed nothing in the chat: whatever it was, the earlier post is still only maybe there.
      return outcome.kind === 'retry' ? { ...outcome, unsure: true } : outcome;
    }
  },
});
