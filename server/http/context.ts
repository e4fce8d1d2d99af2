// What every request carries through Hono: its id, its logger, and (on /api) the verified user.
import type { Logger } from 'pino';
import type { VerifiedUser } from '../services/ports';

export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
    user: VerifiedUser;
  };
};
