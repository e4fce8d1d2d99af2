// What the Outlook pane's buttons do, apart from the screen: Add check-in writes the block into the appointment body
// (the same pure merge the server uses for Teams: in front of the agenda, once, replacing an older block) and then
// registers the choice with the server; Remove check-in takes the block out (the body is then byte for byte as it was)
// and forgets the choice. A failure to read or write the body leaves it untouched and is thrown; a failure to reach
// the server after the body changed is returned, so the pane can say the invite is done and offer a retry.
import { toInviteCheckin } from '../../../server/domain/checkin/invite-checkin';
import { readCheckinBlock, removeCheckinBlock, writeCheckinBlock, type CheckinBlock, type InviteBody } from '../../../server/domain/invite';
import type { ApiClient, CheckinChoice, ChosenCheckin, SavedCheckin } from '../../api';
import type { Appointment } from '../../host/office';

export type CommandDeps = {
  appointment: Appointment;
  api: Pick<ApiClient, 'registerOutlookCheckin' | 'unregisterOutlookCheckin'>;
};

/** The body as it is now, and the check-in block in it (null when there is none). */
export type BodyState = { body: InviteBody; block: CheckinBlock | null };

export const readBodyState = async (appointment: Appointment): Promise<BodyState> => {
  const body = await appointment.readBody();
  return { body, block: readCheckinBlock(body) };
};

/** Whether the server knows the check-in: `failed` keeps the error, for the message and a retry. */
export type Registration = { status: 'registered'; saved: SavedCheckin } | { status: 'failed'; error: unknown };

export type AddOutcome = { change: 'added' | 'replaced' | 'unchanged'; body: BodyState; registration: Registration };

export type RemoveOutcome =
  | { change: 'removed' | 'absent'; body: BodyState; registration: { status: 'forgotten'; stillInForce: ChosenCheckin | null } | { status: 'notSaved' } | { status: 'failed'; error: unknown } };

/** Writes the body only when it changed: an unchanged invite stays unchanged (no edit for Outlook to send). */
const writeIfChanged = async (appointment: Appointment, before: InviteBody, after: InviteBody): Promise<boolean> => {
  if (after.content === before.content && after.contentType === before.contentType) return false;
  await appointment.writeBody(after);
  return true;
};

/** Tells the server the choice; saving a new appointment first, since only a saved one has an id Graph knows. */
export const registerCheckin = async (deps: CommandDeps, choice: CheckinChoice): Promise<Registration> => {
  try {
    const eventId = await deps.appointment.eventId({ saveIfNew: true });
    if (eventId === null) throw new Error('Outlook gave the saved appointment no id.');
    return { status: 'registered', saved: await deps.api.registerOutlookCheckin(eventId, choice) };
  } catch (error) {
    return { status: 'failed', error };
  }
};

export const addCheckin = async (deps: CommandDeps, choice: CheckinChoice): Promise<AddOutcome> => {
  const invite = toInviteCheckin(choice);
  if (!invite) throw new Error(`The check-in prompt "${choice.promptId}" is not in this version's library.`);
  const before = await deps.appointment.readBody();
  const hadBlock = readCheckinBlock(before) !== null;
  const after = writeCheckinBlock(before, invite);
  const isChanged = await writeIfChanged(deps.appointment, before, after);
  const registration = await registerCheckin(deps, choice);
  return { change: !isChanged ? 'unchanged' : hadBlock ? 'replaced' : 'added', body: { body: after, block: readCheckinBlock(after) }, registration };
};

export const removeCheckin = async (deps: CommandDeps): Promise<RemoveOutcome> => {
  const before = await deps.appointment.readBody();
  const after = removeCheckinBlock(before);
  const isChanged = await writeIfChanged(deps.appointment, before, after);
  const body = { body: after, block: null };
  const change = isChanged ? 'removed' : 'absent';
  try {
    // A new appointment was never saved, so the server cannot know a check-in for it.
    const eventId = await deps.appointment.eventId({ saveIfNew: false });
    if (eventId === null) return { change, body, registration: { status: 'notSaved' } };
    const { choice } = await deps.api.unregisterOutlookCheckin(eventId);
    return { change, body, registration: { status: 'forgotten', stillInForce: choice } };
  } catch (error) {
    return { change, body, registration: { status: 'failed', error } };
  }
};
