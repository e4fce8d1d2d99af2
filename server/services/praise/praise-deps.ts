// What praise use cases need: the meeting (Graph + store, as the check-in loads it), live events, the chat's
// members, and a way to tell the delivery worker that something is due.
import type { Logger } from 'pino';
import type { PraiseParticipant } from '../../domain/praise';
import type { TtlCache } from '../../lib/ttl-cache';
import type { CheckinDeps } from '../checkin/load-occurrence';
import type { MeetingDeps } from '../describe-meeting';
import type { LiveEvents } from '../ports';
import type { PraiseGraph } from './praise-ports';

export type PraiseDeps = MeetingDeps & {
  live: LiveEvents;
  logger: Logger;
  /** Recently confirmed participations (services/checkin/load-occurrence.ts). */
  participations: CheckinDeps['participations'];
  praiseGraph: PraiseGraph;
  /** Meeting chats' members, briefly remembered per instance (tenant/chat → people). */
  chatRosters: TtlCache<PraiseParticipant[]>;
  /** A new praise is in the outbox: deliver it soon. */
  onPraiseRecorded: () => void;
};
