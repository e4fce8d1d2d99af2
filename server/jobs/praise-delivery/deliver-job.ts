// One delivery attempt of one outbox job, through Graph: a chat post as the giver (first looking for an earlier post
// when a previous attempt may have reached Teams), or an activity notification with the app's own token.
import { buildPraiseNotification, isPraisePost, praiseChatMessage, type AttemptOutcome } from '../../domain/praise';
import type { TokenVault } from '../../auth/token-vault';
import type { ClaimedJob, DeliveryGraph } from '../../services/praise/praise-ports';

export type DeliverJobDeps = {
  graph: DeliveryGraph;
  vault: TokenVault;
  /** A giver's token must stay valid this long to be used (the on-behalf-of exchange and the post take time). */
  tokenMarginMs: number;
  /** Where the private praise notification leads: the personal tab's praise view. */
  praiseTabLink: string;
};

/** Teams' clocks and ours may differ a little: an earlier post is searched for from a bit before the praise. */
const CLOCK_SKEW_MS = 5 * 60_000;

const postToChat = async (deps: DeliverJobDeps, job: ClaimedJob): Promise<AttemptOutcome> => {
  const { praise } = job;
  const giver = deps.vault.usable(job.tenantId, job.giverId, deps.tokenMarginMs);
  if (!giver) return { kind: 'giver_token_unusable', reason: 'Your sign-in has expired.' };
  if (job.unsure) {
    const since = new Date(praise.createdAt.getTime() - CLOCK_SKEW_MS);
    const recent = await deps.graph.listChatMessagesSince(giver, job.target, since);
    if (!Array.isArray(recent)) return recent;
    const earlier = recent.find((m) => m.fromUserId === giver.id && isPraisePost(m, praise.id));
    if (earlier) return { kind: 'delivered', messageId: earlier.id };
  }
  const message = praiseChatMessage({ praiseId: praise.id, giverName: praise.giver.displayName, recipient: praise.recipient, valueLabel: praise.valueLabel, message: praise.message });
  return deps.graph.postChatMessage(giver, job.target, message);
};

const notifyRecipient = (deps: DeliverJobDeps, job: ClaimedJob): Promise<AttemptOutcome> => {
  const { praise } = job;
  const notification = buildPraiseNotification({
    praiseId: praise.id,
    giverName: praise.giver.displayName,
    valueLabel: praise.valueLabel,
    meetingSubject: praise.eventSubject,
    tabLink: deps.praiseTabLink,
  });
  return deps.graph.sendActivityNotification(job.tenantId, job.target, notification);
};

export const deliverJob = (deps: DeliverJobDeps, job: ClaimedJob): Promise<AttemptOutcome> =>
  job.kind === 'chat_post' ? postToChat(deps, job) : notifyRecipient(deps, job);
