// The Outlook path of the check-in: Outlook's task pane has already written the block into the appointment body
// (Office.js), and Outlook saves and sends it; the server only learns the choice, so the meeting's side panel finds
// it. Nothing here writes to Graph.
import type { CheckinChoice } from '../../domain/checkin-round';
import { liveStreamOf, type MeetingView } from '../../domain/meeting';
import { AppError } from '../../errors';
import type { MeetingDeps } from '../describe-meeting';
import { getMeeting } from '../get-meeting';
import type { InviteStatus, VerifiedUser } from '../ports';
import { describeQuestion } from './describe-question';
import type { CheckinDeps } from './load-occurrence';
import { questionForOccurrence } from './question-for-occurrence';

/** What the organizer has open in Outlook: the series itself, or one meeting (a single one or an occurrence). */
export type OutlookItem = {
  meeting: MeetingView;
  onlineMeetingId: string;
  /** 'series' for the series master, else the occurrence's start: the key the choice is stored under. */
  appliesTo: string;
  /** The occurrence's live stream; null for the series master (no one occurrence to tell). */
  stream: string | null;
  start: Date | null;
};

const OUTLOOK_INVITE: InviteStatus = { status: 'outlook', message: null };

/**
 * The appointment the Outlook pane is editing, read through Graph with the organizer's own token: another mailbox's
 * event id is 404 (Graph's answer), an attendee's copy is 403. Unlike the Teams path, the series master is allowed:
 * Outlook edits either the whole series or one occurrence, and the check-in follows what is open.
 */
export const loadOutlookItem = async (deps: MeetingDeps, user: VerifiedUser, eventId: string, action: string): Promise<OutlookItem> => {
  const meeting = await getMeeting(deps, { user, eventId });
  if (!meeting.onlineMeetingId) throw new AppError('not_found', 'This appointment is not a Teams meeting, so it has no check-in.');
  if (!meeting.isOrganizer) throw new AppError('forbidden', `Only the organizer of this meeting can ${action} its check-in.`);
  if (meeting.type === 'seriesMaster') return { meeting, onlineMeetingId: meeting.onlineMeetingId, appliesTo: 'series', stream: null, start: null };
  const start = new Date(meeting.start);
  return { meeting, onlineMeetingId: meeting.onlineMeetingId, appliesTo: start.toISOString(), stream: liveStreamOf(meeting), start };
};

/** The scope follows what Outlook has open: the body being edited is the series' or this meeting's, never both. */
const checkScope = (item: OutlookItem, scope: CheckinChoice['scope']): void => {
  if (item.appliesTo === 'series' && scope !== 'series') {
    throw new AppError('bad_request', 'Outlook has the whole series open: choose the scope "series".');
  }
  if (item.appliesTo !== 'series' && scope !== 'occurrence') {
    throw new AppError('bad_request', 'Outlook has one meeting open, so its check-in is for this meeting only: choose the scope "occurrence". Open the series in Outlook to set it for every meeting.');
  }
};

export type RegisterOutlookCheckinOptions = { user: VerifiedUser; eventId: string; choice: CheckinChoice };

/**
 * The organizer added the check-in in Outlook: store the choice with `invite.status: outlook` (the invite is
 * Outlook's to save and send, so it is not PATCHed), get this occurrence's round asking it, and tell open panels.
 */
export const registerOutlookCheckin = async (deps: CheckinDeps, { user, eventId, choice }: RegisterOutlookCheckinOptions) => {
  const item = await loadOutlookItem(deps, user, eventId, 'choose');
  checkScope(item, choice.scope);
  const question = describeQuestion(choice);
  await deps.store.checkin.saveChoice({ tenantId: user.tenantId, onlineMeetingId: item.onlineMeetingId, appliesTo: item.appliesTo, choice, setBy: user.id, invite: OUTLOOK_INVITE });
  if (item.start && item.stream) {
    // This occurrence's round follows the choice in force for it (its own, else the series').
    const inForce = await deps.store.checkin.findChoice(user.tenantId, item.onlineMeetingId, item.appliesTo);
    if (inForce) {
      const asked = await questionForOccurrence(deps.store.checkin, { tenantId: user.tenantId, onlineMeetingId: item.onlineMeetingId, start: item.start, choice: inForce });
      await deps.store.checkin.ensureRound(user.tenantId, item.onlineMeetingId, item.start, asked);
    }
    await deps.live.publish(user.tenantId, item.stream, 'checkin.choice', {});
  }
  // A series' occurrences pick the choice up when their panel next reads the check-in (get-checkin ensures the round).
  return { choice: { ...choice, ...question }, invite: OUTLOOK_INVITE };
};
