import { canReadPraise } from '../../domain/praise';
import { AppError } from '../../errors';
import type { Store, VerifiedUser } from '../ports';
import { loadPraiseValues } from './list-praise-values';
import { toPraiseView, type PraiseView } from './praise-view';

/** One praise by id, for its giver or recipient only; for anyone else it does not exist (404, public or private). */
export const getPraise = async (store: Store, { user, praiseId }: { user: VerifiedUser; praiseId: string }): Promise<PraiseView> => {
  const praise = await store.praise.find(user.tenantId, praiseId);
  if (!praise || !canReadPraise({ giverId: praise.giver.userId, recipient: praise.recipient }, user.id)) throw new AppError('not_found', 'There is no such praise for you.');
  const values = await loadPraiseValues(store, user.tenantId);
  return toPraiseView(praise, values, praise.giver.userId === user.id ? praise.giverEventId : '');
};
