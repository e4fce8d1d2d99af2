// One job's requests to Graph: a chat post as the giver, or an activity notification with the app's own token; and,
// before posting again after an attempt that may have reached Teams, a look through the chat for that earlier post.
// The look is a step of its own: it reads (GET), so it does not spend the turn of a post under the rate limit.
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

/** Teams' clocks and ours may differ a little: an earlier post is searched for from a bit before it could be. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A chat post that may already be in the chat, not yet looked for there: it must be, before posting. */
export const needsLook = (job: ClaimedJob, lookedFor: boolean): boolean => job.kind === 'chat_post' && job.unsure && !lookedFor;

const giverOf = (deps: DeliverJobDeps, job: ClaimedJob) => deps.vault.usable(job.tenantId, job.giverId, deps.tokenMarginMs);
const giverAway: AttemptOutcome = { kind: 'giver_token_unusable', reason: 'Your sign-in has expired.' };

/**
 * Looks for the job's earlier post, back to `maybePostedSince` (when the first attempt that may have reached Teams
 * started, if this instance knows) or else to the praise, a clock skew before: found, the job is delivered; null, it
 * is not there and may be posted; or why the look failed.
 */
export const lookForEarlierPost = async (deps: DeliverJobDeps, job: ClaimedJob, maybePostedSince: Date | null): Promise<AttemptOutcome | null> => {
  const giver = giverOf(deps, job);
  if (!giver) return giverAway;
  const since = new Date((maybePostedSince ?? job.praise.createdAt).getTime() - CLOCK_SKEW_MS);
  const recent = await deps.graph.listChatMessagesSince(giver, job.target, since);
  if (!Array.isArray(recent)) return recent;
  const earlier = recent.find((m) => m.fromUserId === giver.id && isPraisePost(m, job.praise.id));
  return earlier ? { kind: 'delivered', messageId: earlier.id } : null;
};

/** Resolves when the request may leave (its turn under the rate limit, counted from then); Graph's adapter calls it. */
export type GoAhead = () => Promise<void>;

const postToChat = (deps: DeliverJobDeps, job: ClaimedJob, goAhead: GoAhead): Promise<AttemptOutcome> => {
  const { praise } = job;
  const giver = giverOf(deps, job);
  if (!giver) return Promise.resolve(giverAway);
  const message = praiseChatMessage({ praiseId: praise.id, giverName: praise.giver.displayName, recipient: praise.recipient, valueLabel: praise.valueLabel, message: praise.message });
  return deps.graph.postChatMessage(giver, job.target, message, goAhead);
};

const notifyRecipient = (deps: DeliverJobDeps, job: ClaimedJob, goAhead: GoAhead): Promise<AttemptOutcome> => {
  const { praise } = job;
  const notification = buildPraiseNotification({
    praiseId: praise.id,
    giverName: praise.giver.displayName,
    valueLabel: praise.valueLabel,
    meetingSubject: praise.eventSubject,
    tabLink: deps.praiseTabLink,
  });
  return deps.graph.sendActivityNotification(job.tenantId, job.target, notification, goAhead);
};

/** Sends the job (a chat post only once it was looked for, when it had to be: see needsLook), built before `goAhead`. */
export const sendJob = (deps: DeliverJobDeps, job: ClaimedJob, goAhead: GoAhead = async () => {}): Promise<AttemptOutcome> =>
  job.kind === 'chat_post' ? postToChat(deps, job, goAhead) : notifyRecipient(deps, job, goAhead);
