import type { PraisePreference } from '../../domain/praise';
import type { Store, VerifiedUser } from '../ports';

/** How the person likes to be praised ('either' until they say). */
export const getPraisePreference = async (store: Store, user: VerifiedUser): Promise<PraisePreference> =>
  (await store.praise.preferences.get(user.tenantId, [user.id])).get(user.id)?.preference ?? 'either';
