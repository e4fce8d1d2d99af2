// The transcripts added for an organizer's online meetings, from Microsoft Graph v1.0's delta function:
// GET /users/{id}/onlineMeetings/getAllTranscripts(meetingOrganizerUserId='{id}',startDateTime={t})/delta, then
// every @odata.nextLink until a page carries the @odata.deltaLink, which the next round starts from (it only returns
// transcripts added since). Application permission OnlineMeetingTranscript.Read.All.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { CallTranscript } from '@microsoft/microsoft-graph-types';
import type { AddedTranscript, DeltaStart, TranscriptDelta } from '../services/speaking-notifications/ports';
import { toRelativeGraphPath } from './client';
import { callGraph } from './errors';
import { toMeetingTranscript } from './transcripts';

type DeltaPage = { value: CallTranscript[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

/** Rounds never end without a deltaLink; a runaway server is cut off rather than followed forever. */
const MAX_PAGES = 1000;

/** OData string literal: quotes doubled. The id is a GUID in practice; the path is not URL-encoded by graph-client. */
const odataString = (value: string): string => `'${value.replaceAll("'", "''")}'`;

export const firstDeltaPath = (organizerId: string, since: Date): string =>
  `/users/${encodeURIComponent(organizerId)}/onlineMeetings/getAllTranscripts(meetingOrganizerUserId=${odataString(organizerId)},startDateTime=${since.toISOString()})/delta`;

const toAdded = (transcript: CallTranscript): AddedTranscript => ({ ...toMeetingTranscript(transcript), onlineMeetingId: transcript.meetingId ?? '' });

export const readTranscriptDelta = (client: Client, baseUrl: string, organizerId: string, start: DeltaStart): Promise<TranscriptDelta> =>
  callGraph('read the organizer’s new transcripts', async () => {
    let next: string = 'deltaLink' in start ? toRelativeGraphPath(start.deltaLink, baseUrl) : firstDeltaPath(organizerId, start.since);
    const transcripts: AddedTranscript[] = [];
    for (let pages = 0; pages < MAX_PAGES; pages += 1) {
      const page = (await client.api(next).get()) as DeltaPage;
      transcripts.push(...page.value.map(toAdded).filter((t) => t.transcriptId !== '' && t.onlineMeetingId !== ''));
      const deltaLink = page['@odata.deltaLink'];
      if (deltaLink) return { transcripts, deltaLink };
      const nextLink = page['@odata.nextLink'];
      if (!nextLink) throw new Error('a transcript delta page had neither @odata.nextLink nor @odata.deltaLink');
      next = toRelativeGraphPath(nextLink, baseUrl);
    }
    throw new Error(`a transcript delta round did not end within ${MAX_PAGES} pages`);
  });
