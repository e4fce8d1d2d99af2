// The starts of a recurring series' occurrences in a time range, as the signed-in person's calendar holds them
// (GET /me/events/{seriesMasterId}/instances): the praise round looks back over the series' latest occurrences.
import type { Event } from '@microsoft/microsoft-graph-types';
import type { TimeRange, VerifiedUser } from '../services/ports';
import { createGraphClient } from './client';
import { callGraph } from './errors';
import { readAllPages } from './user-graph';

export type SeriesOccurrencesOptions = { baseUrl: string; getUserToken: (user: VerifiedUser) => Promise<string> };

const toIso = (value: { dateTime?: string | null } | null | undefined): string | null => {
  const dateTime = value?.dateTime;
  if (!dateTime) return null;
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? dateTime : `${dateTime}Z`).toISOString();
};

export const createSeriesOccurrencesGraph = (options: SeriesOccurrencesOptions) => ({
  listOccurrenceStarts: (user: VerifiedUser, seriesMasterId: string, range: TimeRange): Promise<string[]> =>
    callGraph('read the series’ occurrences', async () => {
      const client = createGraphClient({ baseUrl: options.baseUrl, getAccessToken: () => options.getUserToken(user) });
      const first = (await client
        .api(`/me/events/${encodeURIComponent(seriesMasterId)}/instances`)
        .query({ startDateTime: range.start.toISOString(), endDateTime: range.end.toISOString() })
        .select('start,isCancelled')
        .get()) as { value: Event[]; '@odata.nextLink'?: string };
      const instances = await readAllPages(client, options.baseUrl, first);
      return instances.filter((e) => !e.isCancelled).flatMap((e) => toIso(e.start) ?? []);
    }),
});
