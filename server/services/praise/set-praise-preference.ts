import type { PraisePreference } from '../../domain/praise';
import type { Store, VerifiedUser } from '../ports';

/** The person says how they like to be praised; givers see it when choosing, and public praise honours 'private'. */
export const setPraisePreference = async (store: Store, user: VerifiedUser, preference: PraisePreference): Promise<PraisePreference> => {
  await store.praise.preferences.set(user.tenantId, user.id, preference);
  return preference;
};
