// Hono types shared by the Graph routes.
import type { Context, Hono } from 'hono';
import type { InternalBindings } from '../context';
import type { Person } from '../store/types';

export type Principal =
  | { kind: 'user'; person: Person; appId: string; scopes: string[] }
  | { kind: 'app'; appId: string; servicePrincipalId: string; roles: string[] };

export type GraphEnv = {
  Bindings: InternalBindings;
  Variables: { principal: Principal; requestId: string; clientRequestId: string };
};

export type GraphContext = Context<GraphEnv>;
export type GraphRouter = Hono<GraphEnv>;
