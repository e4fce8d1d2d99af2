// Meeting transcripts: list (paged, $top ≤ 100), get, and the WebVTT content — which Graph serves only to a caller
// who asks for text/vtt. Thin: metadataContent is derived from the cues; getAllTranscripts has no delta state.
import type { EmulatorContext } from '../context';
import { timestampMs } from '../seed/transcript-sources';
import type { OnlineMeeting, Transcript } from '../store/types';
import { graphTimestamp } from '../time';
import type { GraphContext, GraphRouter } from './env';
import { badRequest, GraphError } from './graph-error';
import { collection, contextUrl, paginate } from './odata';
import { organizedMeetingFor } from './online-meetings';
import { sendJson } from './respond';
import { onUserPaths, resolveOwnTarget, type Target } from './target';

const MAX_TOP = 100;

export const renderTranscript = (ctx: EmulatorContext, transcript: Transcript, meeting: OnlineMeeting): Record<string, unknown> => ({
  id: transcript.id,
  meetingId: meeting.id,
  callId: transcript.callId,
  contentCorrelationId: transcript.contentCorrelationId,
  transcriptContentUrl: `${ctx.origin}/v1.0/users/${meeting.organizerId}/onlineMeetings/${meeting.id}/transcripts/${transcript.id}/content`,
  createdDateTime: graphTimestamp(transcript.createdDateTime),
  endDateTime: graphTimestamp(transcript.endDateTime),
  meetingOrganizer: {
    application: null,
    device: null,
    user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: meeting.organizerId, displayName: null, userIdentityType: 'aadUser' },
  },
});

const newestFirst = (a: Transcript, b: Transcript): number => b.createdDateTime.getTime() - a.createdDateTime.getTime();

const transcriptOf = (ctx: EmulatorContext, meeting: OnlineMeeting, id: string): Transcript => {
  const transcript = ctx.store.transcripts.find((t) => t.id === id && t.onlineMeetingId === meeting.id);
  if (!transcript) throw new GraphError(404, 'NotFound', 'The requested transcript was not found.');
  return transcript;
};

const scope = (ctx: EmulatorContext, c: GraphContext): { target: Target; meeting: OnlineMeeting } => {
  const target = resolveOwnTarget(ctx, c, 'teams');
  return { target, meeting: organizedMeetingFor(ctx, target, c.req.param('meetingId') ?? '') };
};

/** Graph answers the content only as text/vtt: via $format or the Accept header. */
const requestedFormat = (c: GraphContext): string | null => {
  const format = c.req.query('$format');
  if (format !== undefined) return format === 'text/vtt' ? format : null;
  const accept = c.req.header('Accept') ?? '*/*';
  return accept.split(',').some((type) => type.trim().split(';')[0] === 'text/vtt') ? 'text/vtt' : null;
};

const cueMetadata = (transcript: Transcript): string => {
  const blocks = transcript.content.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const lines = ['WEBVTT', ''];
  for (const block of blocks) {
    const timing = /([\d:.]+)\s*-->\s*([\d:.]+)/.exec(block);
    const voice = /<v\s+([^>]+)>([\s\S]*?)(<\/v>|$)/.exec(block);
    if (!timing || !voice) continue;
    const at = (stamp: string): string => new Date(transcript.createdDateTime.getTime() + timestampMs(stamp)).toISOString();
    const payload = { startDateTime: at(timing[1] ?? '0'), endDateTime: at(timing[2] ?? '0'), speakerName: voice[1], spokenText: (voice[2] ?? '').replace(/\s+/g, ' ').trim(), spokenLanguage: 'en-us' };
    lines.push(`${timing[1]} --> ${timing[2]}`, JSON.stringify(payload), '');
  }
  return lines.join('\n');
};

export const registerTranscripts = (router: GraphRouter, ctx: EmulatorContext): void => {
  onUserPaths(router, 'get', '/onlineMeetings/:meetingId/transcripts', (c) => {
    const { target, meeting } = scope(ctx, c);
    const transcripts = ctx.store.transcripts.filter((t) => t.onlineMeetingId === meeting.id).sort(newestFirst);
    const page = paginate(ctx, c, transcripts, { max: MAX_TOP });
    const items = page.items.map((t) => renderTranscript(ctx, t, meeting));
    return sendJson(c, collection(contextUrl(ctx, `users(${target.contextKey})/onlineMeetings('${meeting.id}')/transcripts`), { items, nextLink: page.nextLink }));
  });

  onUserPaths(router, 'get', '/onlineMeetings/:meetingId/transcripts/:transcriptId', (c) => {
    const { target, meeting } = scope(ctx, c);
    const transcript = transcriptOf(ctx, meeting, c.req.param('transcriptId') ?? '');
    const context = contextUrl(ctx, `users(${target.contextKey})/onlineMeetings('${meeting.id}')/transcripts/$entity`);
    return sendJson(c, { '@odata.context': context, ...renderTranscript(ctx, transcript, meeting) });
  });

  onUserPaths(router, 'get', '/onlineMeetings/:meetingId/transcripts/:transcriptId/content', (c) => {
    const { meeting } = scope(ctx, c);
    const transcript = transcriptOf(ctx, meeting, c.req.param('transcriptId') ?? '');
    if (!requestedFormat(c)) throw badRequest(`Invalid format '${c.req.query('$format') ?? c.req.header('Accept') ?? '*/*'}' specified.`);
    // Graph's answer when the tenant turned speaker attribution off: 403 with the reason as the inner code.
    if (!ctx.store.transcriptPolicy.speakerAttribution) {
      throw new GraphError(403, 'Forbidden', 'Speaker attribution is not allowed for transcripts in this tenant.', {}, { code: 'SpeakerAttributionNotAllowed' });
    }
    return c.body(transcript.content, 200, { 'Content-Type': 'text/vtt' });
  });

  onUserPaths(router, 'get', '/onlineMeetings/:meetingId/transcripts/:transcriptId/metadataContent', (c) => {
    const { meeting } = scope(ctx, c);
    const transcript = transcriptOf(ctx, meeting, c.req.param('transcriptId') ?? '');
    return c.body(cueMetadata(transcript), 200, { 'Content-Type': 'text/vtt' });
  });
};
