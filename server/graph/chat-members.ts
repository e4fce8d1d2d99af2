// The meeting chat's members as the signed-in person sees them (delegated ChatMember.Read / Chat.ReadBasic): the
// people of a meeting that praise can be given to, with their Entra user ids (the calendar only knows addresses).
import type { AadUserConversationMember } from '@microsoft/microsoft-graph-types';
import type { PraiseParticipant } from '../domain/praise';
import type { VerifiedUser } from '../services/ports';
import { createGraphClient } from './client';
import { callGraph } from './errors';
import { readAllPages } from './user-graph';

export type ChatMembersOptions = { baseUrl: string; getUserToken: (user: VerifiedUser) => Promise<string> };

export const createChatMembersGraph = (options: ChatMembersOptions) => ({
  listChatMembers: (user: VerifiedUser, chatId: string): Promise<PraiseParticipant[]> =>
    callGraph('read the meeting chat’s members', async () => {
      const client = createGraphClient({ baseUrl: options.baseUrl, getAccessToken: () => options.getUserToken(user) });
      const first = (await client.api(`/chats/${encodeURIComponent(chatId)}/members`).get()) as { value: AadUserConversationMember[]; '@odata.nextLink'?: string };
      const members = await readAllPages(client, options.baseUrl, first);
      return members
        .filter((m) => typeof m.userId === 'string' && m.userId !== '')
        .map((m) => ({ userId: m.userId as string, displayName: m.displayName ?? '' }));
    }),
});
