// Meeting transcripts in Microsoft Graph v1.0: GET /me (or /users/{id})/onlineMeetings/{id}/transcripts (paged, $top ≤ 100) and
// …/transcripts/{id}/content?$format=text/vtt. A 403 is an answer here, not a failure: Graph sends it when the tenant
// turned speaker attribution off (SpeakerAttributionNotAllowed) or the caller may not read the transcripts.
import { GraphError, ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { CallTranscript } from '@microsoft/microsoft-graph-types';
import type { MeetingTranscript, TranscriptDownload, TranscriptListing } from '../domain/speakers/types';
import { toAppError } from './errors';

/** One page of a Graph collection. */
export type GraphPage<T> = { value: T[]; '@odata.nextLink'?: string };

/** Reads the rest of a collection from its first page (user-graph.ts's readAllPages, bound to one client). */
export type ReadPages = <T>(first: GraphPage<T>) => Promise<T[]>;

/** Graph's limit for $top on transcripts. */
const MAX_TRANSCRIPT_PAGE = 100;

export const SPEAKER_ATTRIBUTION_NOT_ALLOWED = 'SpeakerAttributionNotAllowed';

type ErrorBody = { code?: unknown; innerError?: { code?: unknown; 'request-id'?: unknown }; error?: ErrorBody };

/**
 * Graph's error body as graph-client kept it: for JSON answers the inner `error` object, serialized; for a request
 * with responseType TEXT the whole body, unread (so `code` and `requestId` are still null).
 */
const errorBodyOf = (error: GraphError): ErrorBody | null => {
  if (typeof error.body !== 'string') return null;
  try {
    const parsed = JSON.parse(error.body) as ErrorBody;
    return parsed.error ?? parsed;
  } catch {
    return null;
  }
};

/** Fills in the code and request id graph-client leaves empty when the response type was text. */
export const withGraphErrorBody = (error: unknown): unknown => {
  if (!(error instanceof GraphError)) return error;
  const body = errorBodyOf(error);
  if (!error.code && typeof body?.code === 'string') error.code = body.code;
  const requestId = body?.innerError?.['request-id'];
  if (!error.requestId && typeof requestId === 'string') error.requestId = requestId;
  return error;
};

/** Why Graph refused: the inner code where it names the reason (SpeakerAttributionNotAllowed), else the outer one. */
export const refusalReason = (error: GraphError): string | null => {
  const body = errorBodyOf(error);
  const inner = body?.innerError?.code;
  if (typeof inner === 'string' && inner !== '') return inner;
  return error.code ?? (typeof body?.code === 'string' ? body.code : null);
};

export const isForbidden = (error: unknown): error is GraphError => error instanceof GraphError && error.statusCode === 403;

const toIso = (value: string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

export const toMeetingTranscript = (transcript: CallTranscript): MeetingTranscript => ({
  transcriptId: transcript.id ?? '',
  createdAt: toIso(transcript.createdDateTime) ?? new Date(0).toISOString(),
  endedAt: toIso(transcript.endDateTime),
});

/** `mailbox` is /me (delegated) or /users/{id} (the app reading an organizer's meetings). */
const meetingPath = (mailbox: string, onlineMeetingId: string): string => `${mailbox}/onlineMeetings/${encodeURIComponent(onlineMeetingId)}`;

export const createTranscriptGraph = (client: Client, options: { pageSize?: number; readPages: ReadPages; mailbox?: string }) => ({
  listTranscripts: async (onlineMeetingId: string): Promise<TranscriptListing> => {
    try {
      const first = (await client
        .api(`${meetingPath(options.mailbox ?? '/me', onlineMeetingId)}/transcripts`)
        .top(Math.min(options.pageSize ?? MAX_TRANSCRIPT_PAGE, MAX_TRANSCRIPT_PAGE))
        .get()) as GraphPage<CallTranscript>;
      const transcripts = (await options.readPages(first)).map(toMeetingTranscript).filter((t) => t.transcriptId !== '');
      return { access: 'granted', transcripts };
    } catch (error) {
      if (isForbidden(error)) return { access: 'denied', reason: refusalReason(error) };
      throw toAppError(withGraphErrorBody(error), 'list the meeting’s transcripts');
    }
  },

  getTranscriptContent: async (onlineMeetingId: string, transcriptId: string): Promise<TranscriptDownload> => {
    try {
      // Without $format (or Accept: text/vtt) Graph answers 400; without responseType TEXT graph-client gives a stream.
      const vtt = (await client
        .api(`${meetingPath(options.mailbox ?? '/me', onlineMeetingId)}/transcripts/${encodeURIComponent(transcriptId)}/content`)
        .query({ $format: 'text/vtt' })
        .responseType(ResponseType.TEXT)
        .get()) as string;
      return { access: 'granted', vtt };
    } catch (error) {
      if (isForbidden(error)) return { access: 'denied', reason: refusalReason(error) };
      throw toAppError(withGraphErrorBody(error), 'download the meeting transcript');
    }
  },
});
