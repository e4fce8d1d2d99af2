// The demo server's sign-in routes (demo mode only) and the session the dev host plays: who, in which tenant,
// in which meeting — read through the real API with that person's token, as the tab itself would.
import { createApiClient, isApiError, type MeetingView } from '../api';

export type DevPerson = { upn: string; displayName: string; id: string };

export type DevSession = {
  person: DevPerson;
  tenantId: string;
  /** null when the person has no meeting now or next (or the chosen event id is not theirs). */
  meeting: MeetingView | null;
  /** Why there is no meeting, in the API's words. */
  meetingProblem: string | null;
  /** The organizer's object id when the organizer is one of the demo people. */
  organizerId: string | null;
};

const getJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} failed with ${response.status}`);
  return (await response.json()) as T;
};

export const fetchPeople = (): Promise<DevPerson[]> => getJson<DevPerson[]>('/dev/api/people');

/** An SSO token for that person, as Teams would hand one to the tab. */
export const fetchToken = async (upn: string): Promise<string> =>
  (await getJson<{ access_token: string }>(`/dev/api/token?upn=${encodeURIComponent(upn)}`)).access_token;

/** The claims of a JWT, unverified: the dev host only reads its own demo tokens. */
export const readTokenClaims = (token: string): Record<string, unknown> => {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (char) => char.charCodeAt(0)))) as Record<string, unknown>;
  } catch {
    return {};
  }
};

export const loadSession = async (people: DevPerson[], person: DevPerson, eventId: string | null): Promise<DevSession> => {
  const token = await fetchToken(person.upn);
  const claims = readTokenClaims(token);
  const api = createApiClient(() => Promise.resolve(token), window.location.origin);
  let meeting: MeetingView | null = null;
  let meetingProblem: string | null = null;
  try {
    meeting = eventId ? await api.getMeeting(eventId) : await api.getNextMeeting();
  } catch (error) {
    if (!isApiError(error)) throw error;
    meetingProblem = error.serverMessage;
  }
  const organizerEmail = meeting?.organizer.email.toLowerCase();
  return {
    person,
    tenantId: typeof claims.tid === 'string' ? claims.tid : '',
    meeting,
    meetingProblem,
    organizerId: people.find((candidate) => candidate.upn.toLowerCase() === organizerEmail)?.id ?? null,
  };
};
