// Praise: values, who may praise whom, preferences and visibility, the praise round's suggestions, the chat card and
// the activity notification, and the delivery outbox's rules (state machine, backoff, Retry-After, rate limits).
// Pure: no I/O, no clock, no environment.
export { backoffDelayMs, DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff';
export { literalCardText, visibleText, WORD_JOINER } from './card-text';
export { en as praiseMessagesEn, formatMessage, type PraiseMessageKey, type PraiseMessages } from './catalogue-en';
export { afterAttempt, isSettled, type AttemptOutcome, type JobProgress, type JobState, type JobUpdate } from './delivery';
export { deliveryOf } from './delivery-view';
export {
  ADAPTIVE_CARD_CONTENT_TYPE,
  buildPraiseCard,
  isPraisePost,
  praiseAttachmentId,
  praiseChatMessage,
  praiseElementId,
  PRAISE_CARD_VERSION,
  type AdaptiveCardJson,
  type PraiseCardInput,
  type PraiseChatMessage,
} from './praise-card';
export { buildPraiseNotification, chainIdOf, MAX_PREVIEW_TEXT, PRAISE_ACTIVITY_TYPE, praiseTabLink, truncate, type PraiseNotification } from './praise-notification';
export { applyRoundAction, isPraiseFacilitator, recentOccurrences, suggestForPraiseRound, SUGGESTION_OCCURRENCES, type PraiseRecord, type PraiseRound, type PraiseRoundAction } from './praise-round';
export { canReadPraise, decidePraise, isSamePraiseRequest, type PraiseContext, type PraiseDecision, type PraiseRequest } from './praise-rules';
export { createRateLimiter, DEFAULT_HEADROOM, earliestSlot, GRAPH_PRAISE_LIMITS, type RateLimit, type RateLimiter, type TakeResult, type Turn } from './rate-limit';
export { parseRetryAfter } from './retry-after';
export { DEFAULT_PRAISE_VALUES, findValue, labelOf, praiseValuesOf, toPraiseValue, valueForStored, type TenantValue, type ValueDefinition } from './values';
export * from './types';
