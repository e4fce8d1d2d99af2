// Microsoft Graph's org chart as the signed-in manager sees it: their direct reports, and theirs, all the way down
// (GET /me/directReports, then /users/{id}/directReports per report). Needs User.Read.All-level directory reads; a
// person with no reports gets an empty team.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import type { TeamMember } from '../services/ports';
import { callGraph } from './errors';

import type { GraphPage, ReadPages } from './transcripts';

/** A guard against directory loops and runaway org charts: more people than this are not read. */
export const MAX_TEAM_SIZE = 5_000;
const SELECT = 'id,displayName,mail,userPrincipalName';
/** Directory reads in flight at once, so a large org chart does not get the app throttled. */
const CONCURRENT_READS = 4;

const toMember = (user: User): TeamMember | null => {
  const email = (user.mail ?? user.userPrincipalName ?? '').toLowerCase();
  // directReports may hold org contacts and devices as well as users: only people with an address count.
  return user.id && email ? { id: user.id, email } : null;
};

export const createTeamDirectoryGraph = (client: Client, readPages: ReadPages) => {
  const reportsOf = async (path: string): Promise<TeamMember[]> => {
    const first = (await client.api(path).select(SELECT).top(999).get()) as GraphPage<User>;
    return (await readPages(first)).map(toMember).filter((member): member is TeamMember => member !== null);
  };
  return {
    /** Everyone below the signed-in person in the org chart, breadth first, each once. */
    listTeam: () =>
      callGraph('read your team', async () => {
        const team = new Map<string, TeamMember>();
        let level = await reportsOf('/me/directReports');
        while (level.length > 0 && team.size < MAX_TEAM_SIZE) {
          const fresh = level.filter((member) => !team.has(member.id));
          for (const member of fresh) team.set(member.id, member);
          level = [];
          for (let i = 0; i < fresh.length; i += CONCURRENT_READS) {
            const below = await Promise.all(fresh.slice(i, i + CONCURRENT_READS).map((member) => reportsOf(`/users/${encodeURIComponent(member.id)}/directReports`)));
            level.push(...below.flat());
          }
        }
        return [...team.values()].slice(0, MAX_TEAM_SIZE);
      }),
  };
};
