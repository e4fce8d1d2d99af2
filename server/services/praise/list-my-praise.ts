import type { Store, VerifiedUser } from '../ports';
import { loadPraiseValues } from './list-praise-values';
import { toPraiseView, type PraiseView } from './praise-view';

export type PraiseBox = 'received' | 'given';

/** The most a personal list shows; older praise stays stored. */
const MAX_LISTED = 200;

/**
 * A person's own praise, newest first: what they received (public and private, addressed to them; team praise is
 * the meeting's, not theirs) or what they gave, each with how its delivery stands.
 */
export const listMyPraise = async (store: Store, { user, box }: { user: VerifiedUser; box: PraiseBox }): Promise<PraiseView[]> => {
  const values = await loadPraiseValues(store, user.tenantId);
  const stored = box === 'received' ? await store.praise.listReceived(user.tenantId, user.id, MAX_LISTED) : await store.praise.listGiven(user.tenantId, user.id, MAX_LISTED);
  return stored.map((p) => toPraiseView(p, values, box === 'given' ? p.giverEventId : ''));
};
