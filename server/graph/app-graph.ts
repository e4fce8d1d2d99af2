// Microsoft Graph v1.0 as Roundtable itself (application permissions, client-credentials token per tenant): users,
// change-notification subscriptions, an organizer's calendar (/users/{id}/calendarView), transcripts and attendance
// reports (/users/{id}/onlineMeetings/…, which also needs the tenant's application access policy for online
// meetings), and the transcript delta poll. Background ingestion reads through this; nobody needs to be signed in.
import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { CallTranscript, Event as GraphEvent, User } from '@microsoft/microsoft-graph-types';
import type { MeetingTranscript } from '../domain/speakers/types';
import type { MeetingArtifactReader, TimeRange } from '../services/ports';
import type { AppGraph, AppGraphPort } from '../services/speaking-notifications/ports';
import { createAttendanceGraph } from './attendance';
import { createSubscriptionGraph } from './change-subscriptions';
import { createGraphClient } from './client';
import { callGraph, toAppError } from './errors';
import { eventSelect, mapEvent } from './map-event';
import { readTranscriptDelta } from './transcript-delta';
import { createTranscriptGraph, toMeetingTranscript, type GraphPage, type ReadPages } from './transcripts';
import { readAllPages } from './user-graph';

export type AppGraphOptions = {
  /** Graph root including the version, e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  /** An application token for Graph in a tenant (auth/app-token.ts). */
  getAppToken: (tenantId: string) => Promise<string>;
  pageSize?: number;
};

const isNotFound = (error: unknown): boolean => error instanceof GraphError && error.statusCode === 404;

const mailboxOf = (userId: string): string => `/users/${encodeURIComponent(userId)}`;

const artifactReader = (client: Client, options: AppGraphOptions, readPages: ReadPages, organizerId: string): MeetingArtifactReader => {
  const mailbox = mailboxOf(organizerId);
  return {
    ...createTranscriptGraph(client, { readPages, mailbox, ...(options.pageSize ? { pageSize: options.pageSize } : {}) }),
    ...createAttendanceGraph(client, { readPages, mailbox }),
    listCalendarView: (range: TimeRange) =>
      callGraph('read the organizer’s calendar', async () => {
        const first = (await client
          .api(`${mailbox}/calendarView`)
          .query({ startDateTime: range.start.toISOString(), endDateTime: range.end.toISOString() })
          .select(eventSelect)
          .top(options.pageSize ?? 50)
          .get()) as GraphPage<GraphEvent>;
        return (await readPages(first)).map(mapEvent);
      }),
  };
};

export const createAppGraph = (client: Client, options: AppGraphOptions): AppGraph => {
  const readPages: ReadPages = (first) => readAllPages(client, options.baseUrl, first);
  return {
    ...createSubscriptionGraph(client),

    findUser: async (idOrUpn) => {
      try {
        const user = (await client.api(mailboxOf(idOrUpn)).select('id,userPrincipalName').get()) as User;
        return user.id ? { id: user.id, upn: user.userPrincipalName ?? idOrUpn } : null;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw toAppError(error, 'look up the meeting organizer');
      }
    },

    artifactsOf: (organizerId) => artifactReader(client, options, readPages, organizerId),

    getTranscript: async (organizerId, onlineMeetingId, transcriptId): Promise<MeetingTranscript | null> => {
      try {
        const path = `${mailboxOf(organizerId)}/onlineMeetings/${encodeURIComponent(onlineMeetingId)}/transcripts/${encodeURIComponent(transcriptId)}`;
        return toMeetingTranscript((await client.api(path).get()) as CallTranscript);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw toAppError(error, 'read the transcript');
      }
    },

    readTranscriptDelta: (organizerId, start) => readTranscriptDelta(client, options.baseUrl, organizerId, start),
  };
};

export const createAppGraphAdapter = (options: AppGraphOptions): AppGraphPort => {
  const tenants = new Map<string, AppGraph>();
  return {
    forTenant: (tenantId) => {
      let graph = tenants.get(tenantId);
      if (!graph) {
        graph = createAppGraph(createGraphClient({ baseUrl: options.baseUrl, getAccessToken: () => options.getAppToken(tenantId) }), options);
        tenants.set(tenantId, graph);
      }
      return graph;
    },
  };
};
