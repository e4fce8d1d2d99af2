// A test control Microsoft 365 has no switch for but delivers now and then: the request is carried out, and the
// answer never arrives — a 504 from a gateway after the work was done, or the connection reset. It lets tests prove
// that a retry after such an ambiguous failure does not do the work twice (praise posts, notifications).
import type { EmulatorContext } from '../context';
import type { GraphContext } from './env';
import { GraphError } from './graph-error';

export type LostResponseRule = {
  method: string;
  /** Graph paths (e.g. /v1.0/chats/…/messages) whose answers are lost. */
  path: RegExp;
  /** How many answers to lose; later requests are answered normally. */
  times: number;
  as: 'gateway-timeout' | 'connection-reset';
};

const rules = new WeakMap<EmulatorContext, LostResponseRule[]>();

export const loseResponses = (ctx: EmulatorContext, rule: LostResponseRule): void => {
  rules.set(ctx, [...(rules.get(ctx) ?? []).filter((r) => r.times > 0), { ...rule }]);
};

type NodeBindings = { incoming?: { socket?: { destroy(): void } } };

/**
 * Call after the work is done: when a rule matches, the answer is lost (the work stays done). Returns the 504 to send,
 * or throws after cutting the connection; null when the answer should go out normally.
 */
export const loseResponseIfAsked = (ctx: EmulatorContext, c: GraphContext): GraphError | null => {
  const rule = (rules.get(ctx) ?? []).find((r) => r.times > 0 && r.method === c.req.method && r.path.test(c.req.path));
  if (!rule) return null;
  rule.times -= 1;
  const socket = (c.env as NodeBindings | undefined)?.incoming?.socket;
  if (rule.as === 'connection-reset' && socket) socket.destroy();
  return new GraphError(504, 'GatewayTimeout', 'The gateway did not receive a timely response from the upstream server.');
};
