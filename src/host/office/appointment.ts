// The appointment the organizer has open in Outlook, through Office.js: its body (read and replaced whole, in its own
// format), what kind of item it is (one meeting, an occurrence, the whole series), and its id as Graph knows it.
import type { InviteBody } from '../../../server/domain/invite/types';
import type { OfficeApi, OfficeAppointmentCompose } from './office-api';
import { OfficeCallFailed, callOffice, callOfficeAs } from './office-call';
import { OfficeError, describeOfficeFailure } from './office-error';

/** single: one meeting; occurrence: one meeting of a series; series: the whole series (its master) is open. */
export type AppointmentKind = 'single' | 'occurrence' | 'series';

export type AppointmentDescription = { kind: AppointmentKind; subject: string };

export type Appointment = {
  readBody(): Promise<InviteBody>;
  /** Replaces the whole body, keeping its format (HTML or plain text). */
  writeBody(body: InviteBody): Promise<void>;
  describe(): Promise<AppointmentDescription>;
  /**
   * The item's Graph (REST v2.0) event id. A new appointment has none until saved: `saveIfNew` saves it (Outlook then
   * keeps it in the calendar without sending invitations), otherwise a new appointment answers null.
   * Outlook in cached mode may take a moment to sync a saved item to the server, where Graph finds it.
   */
  eventId(options: { saveIfNew: boolean }): Promise<string | null>;
};

/** The compose item, when Outlook has an appointment open for its organizer; null otherwise (a message, read mode). */
export const composeAppointmentOf = (office: OfficeApi): OfficeAppointmentCompose | null => {
  const item = office.context.mailbox.item as Partial<OfficeAppointmentCompose> | undefined;
  if (!item || item.itemType !== office.MailboxEnums.ItemType.Appointment) return null;
  return typeof item.body?.setAsync === 'function' && typeof item.saveAsync === 'function' ? (item as OfficeAppointmentCompose) : null;
};

export const createAppointment = (office: OfficeApi, item: OfficeAppointmentCompose): Appointment => {
  const supports = (version: string) => office.context.requirements.isSetSupported('Mailbox', version);
  const toRestId = (ewsId: string) => office.context.mailbox.convertToRestId(ewsId, office.MailboxEnums.RestVersion.v2_0);
  const save = () => callOfficeAs<string>(office, 'item_id_failed', 'Outlook could not save the appointment', (done) => item.saveAsync(done));

  const readFormat = async (): Promise<InviteBody['contentType']> => {
    const type = await callOfficeAs<unknown>(office, 'body_read_failed', "Outlook could not tell the invite's format", (done) => item.body.getTypeAsync(done));
    return type === office.CoercionType.Text ? 'text' : 'html';
  };
  const coercionOf = (contentType: InviteBody['contentType']) => (contentType === 'text' ? office.CoercionType.Text : office.CoercionType.Html);

  return {
    readBody: async () => {
      const contentType = await readFormat();
      const content = await callOfficeAs<string>(office, 'body_read_failed', 'Outlook could not read the invite', (done) => item.body.getAsync(coercionOf(contentType), done));
      return { contentType, content };
    },

    writeBody: async ({ contentType, content }) => {
      await callOfficeAs<void>(office, 'body_write_failed', 'Outlook could not change the invite', (done) =>
        item.body.setAsync(content, { coercionType: coercionOf(contentType) }, done),
      );
    },

    describe: async () => {
      const subject = await callOfficeAs<string>(office, 'body_read_failed', 'Outlook could not read the subject', (done) => item.subject.getAsync(done));
      if (!supports('1.7') || !item.recurrence) return { kind: 'single', subject };
      const pattern = await callOfficeAs<unknown>(office, 'body_read_failed', 'Outlook could not read the recurrence', (done) => item.recurrence!.getAsync(done));
      // An occurrence names its series; the series itself (the master) has a pattern and no series id.
      const kind: AppointmentKind = pattern === null ? 'single' : item.seriesId ? 'occurrence' : 'series';
      return { kind, subject };
    },

    eventId: async ({ saveIfNew }) => {
      // Before Mailbox 1.8 only saving tells the id (saving an existing appointment mails only added or removed people).
      if (!supports('1.8') || !item.getItemIdAsync) return toRestId(await save());
      try {
        return toRestId(await callOffice<string>(office, (done) => item.getItemIdAsync!(done)));
      } catch (cause) {
        const isNew = cause instanceof OfficeCallFailed && cause.officeError?.name === 'ItemNotSaved';
        if (!isNew) throw new OfficeError('item_id_failed', `Outlook did not give the appointment's id: ${describeOfficeFailure(cause)}`, { officeMessage: describeOfficeFailure(cause), cause });
        return saveIfNew ? toRestId(await save()) : null;
      }
    },
  };
};
