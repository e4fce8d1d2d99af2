// Teams online meetings: find one by its join URL ($filter=JoinWebUrl eq '…') or get it by id. Every occurrence of a
// recurring series shares one online meeting (and one chat).
import type { EmulatorContext } from '../context';
import { dialInUrl, meetingBlob, meetingOptionsUrl, TOLL_NUMBER } from '../seed/meeting-blob';
import type { OnlineMeeting } from '../store/types';
import { graphTimestamp } from '../time';
import type { GraphContext, GraphRouter } from './env';
import { badRequest, GraphError } from './graph-error';
import { contextUrl } from './odata';
import { sendJson } from './respond';
import { onUserPaths, resolveOwnTarget, type Target } from './target';

const meetingNotFound = (): GraphError => new GraphError(404, 'NotFound', 'The online meeting was not found.');

const isParticipant = (meeting: OnlineMeeting, personId: string): boolean => meeting.organizerId === personId || meeting.attendeeIds.includes(personId);

/** The meeting at /…/onlineMeetings/{id} when the target person organized or was invited to it. */
export const meetingFor = (ctx: EmulatorContext, target: Target, id: string): OnlineMeeting => {
  const meeting = ctx.store.onlineMeetings.get(id);
  if (!meeting || !isParticipant(meeting, target.person.id)) throw meetingNotFound();
  return meeting;
};

/** Transcripts and attendance reports belong to the organizer. */
export const organizedMeetingFor = (ctx: EmulatorContext, target: Target, id: string): OnlineMeeting => {
  const meeting = meetingFor(ctx, target, id);
  if (meeting.organizerId !== target.person.id) throw new GraphError(403, 'Forbidden', 'Only the organizer of the meeting can access its artifacts.');
  return meeting;
};

const participant = (ctx: EmulatorContext, personId: string, role: string): Record<string, unknown> => {
  const person = ctx.store.people.find((p) => p.id === personId);
  return { upn: person?.upn ?? null, role, identity: { application: null, device: null, user: { id: personId, displayName: person?.displayName ?? null } } };
};

export const renderOnlineMeeting = (ctx: EmulatorContext, meeting: OnlineMeeting): Record<string, unknown> => ({
  id: meeting.id,
  creationDateTime: graphTimestamp(meeting.creationDateTime),
  startDateTime: graphTimestamp(meeting.startDateTime),
  endDateTime: graphTimestamp(meeting.endDateTime),
  joinWebUrl: meeting.joinUrl,
  meetingOptionsWebUrl: meetingOptionsUrl(meeting, ctx.tenantId),
  subject: meeting.subject,
  externalId: null,
  isBroadcast: false,
  isEntryExitAnnounced: true,
  allowedPresenters: 'everyone',
  allowAttendeeToEnableCamera: true,
  allowAttendeeToEnableMic: true,
  allowMeetingChat: 'enabled',
  allowTeamworkReactions: true,
  allowRecording: true,
  allowTranscription: true,
  recordAutomatically: false,
  videoTeleconferenceId: null,
  participants: {
    organizer: participant(ctx, meeting.organizerId, 'presenter'),
    attendees: meeting.attendeeIds.map((id) => participant(ctx, id, 'attendee')),
  },
  lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false },
  joinMeetingIdSettings: { isPasscodeRequired: true, joinMeetingId: meeting.joinMeetingId, passcode: meeting.passcode },
  chatInfo: { threadId: meeting.threadId, messageId: '0', replyChainMessageId: null },
  audioConferencing: {
    conferenceId: meeting.conferenceId,
    tollNumber: TOLL_NUMBER,
    tollFreeNumber: null,
    tollNumbers: [TOLL_NUMBER],
    tollFreeNumbers: [],
    dialinUrl: dialInUrl(meeting),
  },
  joinInformation: { content: `data:text/html,${encodeURIComponent(meetingBlob(meeting, ctx.tenantId))}`, contentType: 'html' },
});

/** Join URLs arrive URL-encoded once or twice inside the quotes; compare them fully decoded. */
const decodedFully = (url: string): string => {
  let current = url.trim();
  for (let round = 0; round < 3; round += 1) {
    try {
      const next = decodeURIComponent(current);
      if (next === current) break;
      current = next;
    } catch {
      break;
    }
  }
  return current;
};

// Decoded once per meeting (a join URL never changes): a report looks up hundreds of join URLs against every meeting.
const decodedJoinUrls = new WeakMap<OnlineMeeting, string>();
const decodedJoinUrlOf = (meeting: OnlineMeeting): string => {
  let decoded = decodedJoinUrls.get(meeting);
  if (decoded === undefined) {
    decoded = decodedFully(meeting.joinUrl);
    decodedJoinUrls.set(meeting, decoded);
  }
  return decoded;
};

const FILTER = /^\s*(JoinWebUrl|joinMeetingIdSettings\/joinMeetingId)\s+eq\s+'((?:[^']|'')*)'\s*$/i;

export const registerOnlineMeetings = (router: GraphRouter, ctx: EmulatorContext): void => {
  onUserPaths(router, 'get', '/onlineMeetings', (c: GraphContext) => {
    const target = resolveOwnTarget(ctx, c, 'teams');
    const filter = c.req.query('$filter');
    if (filter === undefined) throw badRequest('Filter expression expected - /onlineMeetings?$filter={ParameterName} eq \'{id}\'.');
    const match = FILTER.exec(filter);
    if (!match) throw badRequest(`Invalid filter clause: '${filter}'. Supported filters: JoinWebUrl and joinMeetingIdSettings/joinMeetingId.`);
    const value = (match[2] ?? '').replaceAll("''", "'");
    const byJoinUrl = (match[1] ?? '').toLowerCase() === 'joinweburl';
    const wanted = decodedFully(value);
    const found = [...ctx.store.onlineMeetings.values()].filter((meeting) =>
      byJoinUrl ? decodedJoinUrlOf(meeting) === wanted : meeting.joinMeetingId === value.replaceAll(' ', ''),
    );
    const visible = found.filter((meeting) => isParticipant(meeting, target.person.id));
    if (found.length > 0 && visible.length === 0) throw new GraphError(403, 'Forbidden', 'The user is not a participant of the requested meeting.');
    return sendJson(c, {
      '@odata.context': contextUrl(ctx, `users(${target.contextKey})/onlineMeetings`),
      value: visible.map((meeting) => renderOnlineMeeting(ctx, meeting)),
    });
  });

  onUserPaths(router, 'get', '/onlineMeetings/:meetingId', (c: GraphContext) => {
    const target = resolveOwnTarget(ctx, c, 'teams');
    const meeting = meetingFor(ctx, target, c.req.param('meetingId') ?? '');
    return sendJson(c, { '@odata.context': contextUrl(ctx, `users(${target.contextKey})/onlineMeetings/$entity`), ...renderOnlineMeeting(ctx, meeting) });
  });
};
