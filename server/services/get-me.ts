import type { Store, VerifiedUser } from './ports';

export type Me = { id: string; tenantId: string; displayName: string; upn: string };

/** The signed-in person; remembers their name (the display-name cache) so later lists need no Graph call per name. */
export const getMe = async (deps: { store: Store }, { user }: { user: VerifiedUser }): Promise<Me> => {
  const { id, tenantId, displayName, upn } = user;
  await deps.store.users.upsert({ tenantId, userId: id, displayName, upn });
  return { id, tenantId, displayName, upn };
};
