// Typed client of the Roundtable API (hono/client over the server's AppType): every call carries the SSO token
// and every failure becomes an ApiError or a NetworkError.
import { hc, type ClientResponse } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import type { AppType } from '../../server/app';
import type { MeetingView, TabMeetingView } from '../../server/domain/meeting';
import type { MeetingReport, MeetingsReport, ReportRange, SeriesReport, TeamReport } from '../../server/domain/reports/types';
import type { TurnAction } from '../../server/domain/turns';
import type { MySpeaking } from '../../server/services/get-my-speaking';
import type { TurnsUpdate, TurnsView } from '../../server/services/turns/turns-view';
import { NetworkError, readApiError } from './api-error';
import type { Answer, AnswerSubmission, CheckinChoice, CheckinLibrary, CheckinView, ChosenCheckin, FacilitatorAction, Round, SavedCheckin } from './checkin-types';
import { followEventStream, type FollowStreamOptions } from './event-stream';
import type { GivenPraise, MeetingPraise, PraiseBox, PraisePreference, PraiseRound, PraiseRoundAction, PraiseSubmission, PraiseValue, PraiseView } from './praise-types';

export type { MeetingView, TabMeetingView };
export type { MySpeaking, TurnAction, TurnsUpdate, TurnsView };
export type Me = { id: string; tenantId: string; displayName: string; upn: string };

export type GetToken = () => Promise<string>;

type SuccessBody<R> = R extends ClientResponse<infer T, infer S, 'json'> ? (S extends SuccessStatusCode ? T : never) : never;

const describeRequest = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : input.toString();
  return { method: init?.method ?? (input instanceof Request ? input.method : 'GET'), path: new URL(url, window.location.href).pathname };
};

/** `fetch` that adds `Authorization: Bearer <token>` and turns transport failures and error answers into our errors. */
const authorizedFetch =
  (getToken: GetToken): typeof fetch =>
  async (input, init) => {
    const { method, path } = describeRequest(input, init);
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${await getToken()}`);
    headers.set('Accept', 'application/json');
    let response: Response;
    try {
      response = await fetch(input, { ...init, headers });
    } catch (cause) {
      throw new NetworkError(method, path, { cause });
    }
    if (!response.ok) throw await readApiError(response, method);
    return response;
  };

const readJson = async <R extends ClientResponse<unknown, number, 'json'>>(request: Promise<R>): Promise<SuccessBody<R>> => {
  const response = await request;
  try {
    return (await response.json()) as SuccessBody<R>;
  } catch (cause) {
    throw new NetworkError('GET', new URL(response.url).pathname, { cause });
  }
};

/** `baseUrl` is the server's origin; the API lives under /api. */
export const createApiClient = (getToken: GetToken, baseUrl: string) => {
  const client = hc<AppType>(`${baseUrl}/api`, { fetch: authorizedFetch(getToken) });
  const meeting = (eventId: string) => ({ param: { eventId: encodeURIComponent(eventId) } });
  const range = (from: Date, to: Date) => ({ from: from.toISOString(), to: to.toISOString() });
  const reportRange = (range: ReportRange, timeZone: string) => ({ ...range, timeZone });
  const checkin = client.meetings[':eventId'].checkin;
  const praise = client.meetings[':eventId'].praise;
  return {
    getMe: (): Promise<Me> => readJson(client.me.$get()),
    getNextMeeting: (): Promise<MeetingView> => readJson(client.meetings.next.$get()),
    /** `start`: the occurrence's start as Teams gave it (a series shares one join URL). */
    getMeetingByJoinUrl: (joinUrl: string, start?: string): Promise<TabMeetingView> =>
      readJson(client.meetings['by-join-url'].$get({ query: start ? { joinUrl, start } : { joinUrl } })),
    // hono/client puts params into the path as they are; Graph event ids may hold '/' and '+'.
    getMeeting: (eventId: string): Promise<MeetingView> =>
      readJson(client.meetings[':eventId'].$get(meeting(eventId))),

    getCheckinLibrary: (): Promise<CheckinLibrary> => readJson(client.checkin.prompts.$get()),
    getCheckin: (eventId: string): Promise<CheckinView> => readJson(checkin.$get(meeting(eventId))),
    setCheckin: (eventId: string, choice: CheckinChoice): Promise<SavedCheckin> => readJson(checkin.$put({ ...meeting(eventId), json: choice })),
    removeCheckin: async (eventId: string): Promise<void> => void (await checkin.$delete(meeting(eventId))),
    /** Outlook wrote the block into the appointment itself: only store the choice (invite.status 'outlook'). */
    registerOutlookCheckin: (eventId: string, choice: CheckinChoice): Promise<SavedCheckin> => readJson(checkin.outlook.$put({ ...meeting(eventId), json: choice })),
    /** Outlook took the block out: forget the choice; answers the check-in still in force (the series', for an occurrence). */
    unregisterOutlookCheckin: (eventId: string): Promise<{ choice: ChosenCheckin | null }> => readJson(checkin.outlook.$delete(meeting(eventId))),
    answerCheckin: (eventId: string, submission: AnswerSubmission): Promise<Answer> =>
      readJson(checkin.answer.$put({ ...meeting(eventId), json: submission })),
    actOnCheckin: (eventId: string, action: FacilitatorAction): Promise<Round> => readJson(checkin.actions.$post({ ...meeting(eventId), json: action })),

    getPraiseValues: (): Promise<{ values: PraiseValue[] }> => readJson(client.praise.values.$get()),
    getMeetingPraise: (eventId: string): Promise<MeetingPraise> => readJson(praise.$get(meeting(eventId))),
    /** One praise, for its giver or recipient only (404 for anyone else): how a private praise's delivery went. */
    getPraise: (praiseId: string): Promise<{ praise: PraiseView }> => readJson(client.praise[':praiseId'].$get({ param: { praiseId } })),
    /** Idempotent by `praiseId` (the client's uuid): the same id again answers the praise recorded, never a second one. */
    givePraise: (eventId: string, praiseId: string, submission: PraiseSubmission): Promise<GivenPraise> =>
      readJson(praise[':praiseId'].$put({ param: { ...meeting(eventId).param, praiseId }, json: submission })),
    actOnPraiseRound: (eventId: string, action: PraiseRoundAction): Promise<{ round: PraiseRound }> =>
      readJson(praise.round.$post({ ...meeting(eventId), json: { action } })),
    getMyPraise: (box: PraiseBox): Promise<{ praise: PraiseView[] }> => readJson(client.me.praise.$get({ query: { box } })),
    getPraisePreference: (): Promise<{ preference: PraisePreference }> => readJson(client.me['praise-preference'].$get()),
    setPraisePreference: (preference: PraisePreference): Promise<{ preference: PraisePreference }> =>
      readJson(client.me['praise-preference'].$put({ json: { preference } })),

    getTurns: (eventId: string): Promise<TurnsView> => readJson(client.meetings[':eventId'].turns.$get(meeting(eventId))),
    /** A no-op (a second start while speaking) answers the current revision with no changes. */
    actOnTurns: (eventId: string, action: TurnAction): Promise<TurnsUpdate> => readJson(client.meetings[':eventId'].turns.actions.$post({ ...meeting(eventId), json: action })),
    /** The signed-in person's own speaking figures in the meetings starting in [from, to). */
    getMySpeaking: (from: Date, to: Date): Promise<MySpeaking> => readJson(client.me.speaking.$get({ query: range(from, to) })),

    /** The viewer's meetings on the range's days (in their time zone) from their calendar, with each one's figures (at most a year). */
    getMeetingsReport: (days: ReportRange, timeZone: string): Promise<MeetingsReport> => readJson(client.reports.meetings.$get({ query: reportRange(days, timeZone) })),
    /** One recurring series (its master's event id in the viewer's calendar) over the range's days. */
    getSeriesReport: (seriesMasterId: string, days: ReportRange, timeZone: string): Promise<SeriesReport> =>
      readJson(client.reports.series[':eventId'].$get({ ...meeting(seriesMasterId), query: reportRange(days, timeZone) })),
    /** One meeting that has happened; 404 when it is not in the viewer's calendar. */
    getMeetingReport: (eventId: string): Promise<MeetingReport> => readJson(client.reports.meetings[':eventId'].$get(meeting(eventId))),
    /** "My team": meetings organized by the viewer's direct and indirect reports, never naming anyone. */
    getTeamReport: (days: ReportRange, timeZone: string): Promise<TeamReport> => readJson(client.reports.team.$get({ query: reportRange(days, timeZone) })),

    /** The meeting's live events (check-in answers, round moves…) from `lastEventId` on; returns a function that stops. */
    followMeetingEvents: (eventId: string, options: Omit<FollowStreamOptions, 'url' | 'getToken'>): (() => void) =>
      followEventStream({ ...options, url: client.meetings[':eventId'].events.$url(meeting(eventId)).toString(), getToken }),
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;
