// callTranscript: delta — GET /users/{id}/onlineMeetings/getAllTranscripts(meetingOrganizerUserId='{id}',
// startDateTime={t})/delta, application permissions only. A round returns the organizer's transcripts published since
// the previous round (the first: all since startDateTime), paged with @odata.nextLink, and ends with an
// @odata.deltaLink the next round starts from. Both links carry opaque state in $skiptoken, as Graph's examples show.
// The store's transcript list only grows, so a round's state is a position in it: nothing published between two
// rounds is missed, even when the clock stands still.
import type { EmulatorContext } from '../context';
import type { Transcript } from '../store/types';
import type { GraphContext, GraphRouter } from './env';
import { badRequest, GraphError } from './graph-error';
import { readTop } from './odata';
import { sendJson } from './respond';
import { findPerson } from './target';
import { renderTranscript } from './transcripts';

const MAX_TOP = 100;

/** since/until: positions in the store's transcript list; start: startDateTime (ms) or null; offset within the round. */
type DeltaState = { since: number; until: number; start: number | null; offset: number; isDelta: boolean };

const encode = (state: DeltaState): string => Buffer.from(JSON.stringify({ k: 'rt-transcripts', ...state })).toString('base64url');

const decode = (token: string): DeltaState => {
  try {
    const state = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<DeltaState> & { k?: unknown };
    const isPosition = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
    if (state.k === 'rt-transcripts' && isPosition(state.since) && isPosition(state.until) && isPosition(state.offset) && typeof state.isDelta === 'boolean') {
      return { since: state.since, until: state.until, offset: state.offset, isDelta: state.isDelta, start: typeof state.start === 'number' ? state.start : null };
    }
  } catch {
    // fall through
  }
  throw badRequest(`The value '${token}' of the $skiptoken query option is not valid.`);
};

const FUNCTION = /^getAllTranscripts\((.*)\)$/;

/** The function's parameters: meetingOrganizerUserId='…' (required), startDateTime=… (optional). */
const readParameters = (call: string): { organizerKey: string; start: number | null } => {
  const args = FUNCTION.exec(call)?.[1];
  if (args === undefined) throw badRequest(`Resource not found for the segment '${call}'.`, 'BadRequest');
  const organizer = /meetingOrganizerUserId='((?:[^']|'')*)'/.exec(args)?.[1];
  if (!organizer) throw badRequest('The meetingOrganizerUserId function parameter is required.');
  const startText = /startDateTime=([^,)]+)/.exec(args)?.[1];
  const start = startText === undefined ? null : Date.parse(decodeURIComponent(startText));
  if (start !== null && Number.isNaN(start)) throw badRequest(`The value '${startText}' of startDateTime is not a valid DateTimeOffset.`);
  return { organizerKey: organizer.replaceAll("''", "'"), start };
};

const roundItems = (ctx: EmulatorContext, organizerId: string, state: DeltaState): Transcript[] =>
  ctx.store.transcripts
    .slice(state.since, state.until)
    .filter((t) => ctx.store.onlineMeetings.get(t.onlineMeetingId)?.organizerId === organizerId)
    .filter((t) => state.start === null || t.createdDateTime.getTime() >= state.start);

export const registerTranscriptDelta = (router: GraphRouter, ctx: EmulatorContext): void => {
  router.get('/users/:user/onlineMeetings/:call/delta', (c: GraphContext) => {
    if (c.get('principal').kind !== 'app') throw new GraphError(403, 'Forbidden', 'This API supports only application permissions.');
    if (!findPerson(ctx, c.req.param('user') ?? '')) throw new GraphError(404, 'NotFound', `User '${c.req.param('user')}' was not found.`);
    const { organizerKey, start } = readParameters(c.req.param('call') ?? '');
    const organizer = findPerson(ctx, organizerKey);
    if (!organizer) throw new GraphError(404, 'NotFound', `User '${organizerKey}' was not found.`);

    const token = c.req.query('$skiptoken');
    const resumed = token === undefined ? null : decode(token);
    // A deltaLink starts a new round: everything published since the previous round ended, up to now.
    const state: DeltaState =
      resumed === null ? { since: 0, until: ctx.store.transcripts.length, start, offset: 0, isDelta: false }
      : resumed.isDelta ? { since: resumed.since, until: ctx.store.transcripts.length, start: resumed.start, offset: 0, isDelta: false }
      : resumed;
    const items = roundItems(ctx, organizer.id, state);
    const size = readTop(c, { max: MAX_TOP }) ?? ctx.pageSize;
    const page = items.slice(state.offset, state.offset + size);
    const isLast = state.offset + size >= items.length;
    const link = `${ctx.origin}${new URL(c.req.url).pathname}?$skiptoken=`;
    const next = isLast ? { since: state.until, until: state.until, start: state.start, offset: 0, isDelta: true } : { ...state, offset: state.offset + size };
    return sendJson(c, {
      '@odata.context': `${ctx.origin}/v1.0/$metadata#Collection(callTranscript)`,
      [isLast ? '@odata.deltaLink' : '@odata.nextLink']: `${link}${encode(next)}`,
      value: page.map((transcript) => {
        const meeting = ctx.store.onlineMeetings.get(transcript.onlineMeetingId);
        return { '@odata.type': '#microsoft.graph.callTranscript', ...(meeting ? renderTranscript(ctx, transcript, meeting) : { id: transcript.id }) };
      }),
    });
  });
};
