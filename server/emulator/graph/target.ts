// /me/… and /users/{id | userPrincipalName}/… name the same resources; this resolves which person a request is
// about and whether the caller may act on their mailbox or meetings.
import type { EmulatorContext } from '../context';
import type { Person } from '../store/types';
import type { GraphContext, GraphRouter } from './env';
import { accessDenied, badRequest, directoryNotFound, GraphError } from './graph-error';
import { odataKey } from './odata';

export type Target = { person: Person; isMe: boolean; /** users('…') for @odata.context */ contextKey: string };

export const findPerson = (ctx: EmulatorContext, key: string): Person | undefined => {
  const lowered = key.toLowerCase();
  return ctx.store.people.find((p) => p.id === lowered || p.upn.toLowerCase() === lowered);
};

export type NotFoundStyle = 'directory' | 'mailbox' | 'teams';

const missingUser = (key: string, style: NotFoundStyle): GraphError => {
  if (style === 'mailbox') return new GraphError(404, 'ErrorInvalidUser', `The requested user '${key}' is invalid.`);
  if (style === 'teams') return new GraphError(404, 'NotFound', `User '${key}' was not found.`);
  return directoryNotFound(key);
};

export const resolveTarget = (ctx: EmulatorContext, c: GraphContext, style: NotFoundStyle = 'directory'): Target => {
  const key = c.req.param('user');
  const principal = c.get('principal');
  if (key === undefined) {
    if (principal.kind !== 'user') throw badRequest('/me request is only valid with delegated authentication flow.');
    return { person: principal.person, isMe: true, contextKey: odataKey(principal.person.id) };
  }
  const person = findPerson(ctx, key);
  if (!person) throw missingUser(key, style);
  return { person, isMe: false, contextKey: odataKey(key) };
};

/** Calendars and meetings: a delegated caller reaches only their own; an app (with its access policy) anyone's. */
export const resolveOwnTarget = (ctx: EmulatorContext, c: GraphContext, style: NotFoundStyle): Target => {
  const target = resolveTarget(ctx, c, style);
  const principal = c.get('principal');
  if (principal.kind === 'user' && principal.person.id !== target.person.id) throw accessDenied();
  return target;
};

type Method = 'get' | 'post' | 'patch' | 'delete';

/** Registers a handler for both /me{suffix} and /users/:user{suffix}. */
export const onUserPaths = (router: GraphRouter, method: Method, suffix: string, handler: (c: GraphContext) => Response | Promise<Response>): void => {
  router[method](`/me${suffix}`, handler);
  router[method](`/users/:user${suffix}`, handler);
};
