import { toSpeakerRow, type SpeakerRow } from '../domain/speakers/speaking-view';
import type { Balance } from '../domain/transcript';
import type { Store, VerifiedUser } from './ports';

export type GetMySpeakingOptions = { user: VerifiedUser; from: Date; to: Date };

/** One occurrence in "my speaking": the meeting-level figures any participant may see, and the person's own row. */
export type MySpeakingMeeting = {
  onlineMeetingId: string;
  subject: string;
  start: string;
  end: string;
  durationMs: number;
  balance: Balance;
  voicesHeard: { heard: number; counted: number };
  me: SpeakerRow;
};

export type MySpeaking = { from: string; to: string; meetings: MySpeakingMeeting[] };

/**
 * The person's own speaking figures in the occurrences starting in [from, to), newest first: only what is stored
 * (figures are computed when a meeting's organizer opens them, or when the transcript arrives). Nobody else's row.
 */
export const getMySpeaking = async (deps: { store: Store }, { user, from, to }: GetMySpeakingOptions): Promise<MySpeaking> => {
  const records = await deps.store.speaking.listForPerson({ tenantId: user.tenantId, userId: user.id, upn: user.upn, from, to });
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    meetings: records.map((record) => ({
      onlineMeetingId: record.onlineMeetingId,
      subject: record.subject,
      start: record.startsAt.toISOString(),
      end: record.endsAt.toISOString(),
      durationMs: record.durationMs,
      balance: record.balance,
      voicesHeard: { heard: record.peopleHeard, counted: record.peopleCounted },
      me: toSpeakerRow(record.person),
    })),
  };
};
