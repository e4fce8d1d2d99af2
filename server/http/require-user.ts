// Every /api route needs a verified Teams SSO token; the user it names is then on the context.
import type { MiddlewareHandler } from 'hono';
import type { SsoVerifier } from '../auth/verify-sso-token';
import type { VerifiedUser } from '../services/ports';
import type { AppEnv } from './context';

const bearer = (header: string | undefined): string | undefined => {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
};

/** `onVerified` sees every verified user before the route runs (the praise outbox keeps their token to post for them). */
export const requireUser = (verify: SsoVerifier, onVerified?: (user: VerifiedUser) => Promise<void>): MiddlewareHandler<AppEnv> => async (c, next) => {
  const user = await verify(bearer(c.req.header('authorization')));
  c.set('user', user);
  await onVerified?.(user);
  c.get('logger').debug({ userId: user.id, tenantId: user.tenantId }, 'signed in');
  await next();
};
