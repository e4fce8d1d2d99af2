// Reads an occurrence's turn tracker for the side panel and the stage.
import { summarizeTurns } from '../../domain/turns';
import type { VerifiedUser } from '../ports';
import { loadTracker, type TurnDeps } from './load-tracker';
import type { TurnsView } from './turns-view';

export type GetTurnsOptions = { user: VerifiedUser; eventId: string };

/** The occurrence's turn tracker for one of its participants, with the stream position to follow it live from. */
export const getTurns = async (deps: TurnDeps, { user, eventId }: GetTurnsOptions): Promise<TurnsView> => {
  const { meeting, key, stream, invitation, actor } = await loadTracker(deps, user, eventId);
  // Read the stream position first: anything stored after the state is read comes with an event after it.
  const lastEventId = await deps.live.latestId(user.tenantId, stream);
  const tracker = await deps.store.turns.read(key);
  const now = deps.clock.now();
  return {
    occurrence: { eventId: meeting.eventId, subject: meeting.subject, start: meeting.start, end: meeting.end },
    me: actor,
    invitation,
    tracker,
    summary: summarizeTurns(tracker, invitation, now),
    serverTime: now.toISOString(),
    lastEventId,
  };
};
