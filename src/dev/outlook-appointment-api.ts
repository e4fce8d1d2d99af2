// The dev host's Outlook appointment form talks to the demo server (demo mode only): it opens an appointment and
// saves its body as the signed-in demo person, through the same Graph the API uses (here, the emulator's).
import type { CalendarEvent } from '../../server/domain/meeting';
import type { InviteBody } from '../../server/domain/invite/types';

export type DevAppointment = CalendarEvent & { body: InviteBody; etag: string };

const readAnswer = async <T>(response: Response, what: string): Promise<T> => {
  if (response.ok) return (await response.json()) as T;
  let reason = `${response.status}`;
  try {
    reason = ((await response.json()) as { error?: { message?: string } }).error?.message ?? reason;
  } catch {
    // Not the API's JSON: the status says enough.
  }
  throw new Error(`${what}: ${reason}`);
};

export const openAppointment = async (upn: string, eventId: string): Promise<DevAppointment> => {
  const query = new URLSearchParams({ upn, eventId });
  return readAnswer(await fetch(`/dev/api/outlook/appointment?${query.toString()}`, { headers: { Accept: 'application/json' } }), 'Opening the appointment failed');
};

/** Saves the body as Outlook would: the appointment in the calendar then holds exactly this body. */
export const saveAppointmentBody = async (upn: string, eventId: string, body: InviteBody): Promise<{ body: InviteBody; etag: string }> =>
  readAnswer(
    await fetch('/dev/api/outlook/appointment', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ upn, eventId, body }),
    }),
    'Saving the appointment failed',
  );
