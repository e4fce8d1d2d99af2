// src/host/office against a fake Office.js: connecting only inside Outlook's appointment form, the body in its own
// format, the kind of item, the Graph id (saving a new appointment first), single sign-on, and Office's errors.
import { describe, expect, it } from 'vitest';
import { connectOutlookWith, isOfficeError, type OfficeError } from '../../../../src/host/office';
import { createFakeOffice, restIdOf } from './fake-office';

const connect = async (options: Parameters<typeof createFakeOffice>[0] = {}) => {
  const fake = createFakeOffice(options);
  return { fake, host: await connectOutlookWith(fake.office) };
};

const rejection = async (promise: Promise<unknown>): Promise<OfficeError> => {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!isOfficeError(error)) throw new Error(`expected an OfficeError, got ${String(error)}`);
  return error;
};

describe('connecting to Outlook', () => {
  it('starts in an appointment the organizer is composing, in Outlook’s language and theme', async () => {
    const { host } = await connect();
    expect(host.locale).toBe('en-US');
    expect(host.theme).toBe('default');
  });

  it('refuses to start outside Outlook or outside an appointment', async () => {
    expect((await rejection(connectOutlookWith(createFakeOffice({ host: null }).office))).code).toBe('office_unavailable');
    expect((await rejection(connectOutlookWith(createFakeOffice({ host: 'Word' }).office))).code).toBe('office_unavailable');
    const message = await rejection(connectOutlookWith(createFakeOffice({ itemType: 'message' }).office));
    expect(message.code).toBe('not_appointment');
    expect(message.message).toMatch(/meeting you organize/);
  });

  it('gets the SSO token from Office, and words a refusal', async () => {
    const { fake, host } = await connect({ token: 'token-for-amara' });
    expect(await host.getToken()).toBe('token-for-amara');
    fake.failNext('getAccessToken', { code: 13001, name: 'User is not signed in', message: 'No one is signed in to Office.' });
    const error = await rejection(host.getToken());
    expect(error.code).toBe('sso_failed');
    expect(error.message).toBe('Single sign-on failed: User is not signed in: No one is signed in to Office. (13001)');
  });
});

describe('the appointment body', () => {
  it('is read and written in its own format', async () => {
    const { fake, host } = await connect({ appointment: { body: { contentType: 'text', content: 'Agenda\r\n1. Wins' } } });
    expect(await host.appointment.readBody()).toEqual({ contentType: 'text', content: 'Agenda\r\n1. Wins' });
    await host.appointment.writeBody({ contentType: 'text', content: 'Check-in\r\nAgenda\r\n1. Wins' });
    expect(fake.writes).toEqual([{ data: 'Check-in\r\nAgenda\r\n1. Wins', coercionType: 'text' }]);
    expect(fake.calls.slice(0, 2)).toEqual(['getTypeAsync', 'getAsync']);
  });

  it("turns Office's failures into readable errors that name what failed", async () => {
    const { fake, host } = await connect();
    fake.failNext('getAsync', { code: 9002, name: 'InternalServerError', message: 'An internal error has occurred.' });
    const read = await rejection(host.appointment.readBody());
    expect(read.code).toBe('body_read_failed');
    expect(read.message).toBe('Outlook could not read the invite: InternalServerError: An internal error has occurred. (9002)');
    fake.failNext('setAsync', { code: 9041, name: 'InvalidFormatError', message: 'The format of the specified data object is invalid.' });
    const write = await rejection(host.appointment.writeBody({ contentType: 'html', content: '<p>x</p>' }));
    expect(write.code).toBe('body_write_failed');
    expect(write.officeMessage).toBe('InvalidFormatError: The format of the specified data object is invalid. (9041)');
    expect(fake.appointment.body.content).toBe('<html><body><p>Agenda</p></body></html>');
  });
});

describe('what kind of item is open', () => {
  it('tells one meeting, an occurrence and the whole series apart', async () => {
    expect(await (await connect()).host.appointment.describe()).toEqual({ kind: 'single', subject: 'Roadmap review' });
    const occurrence = await connect({ appointment: { isRecurring: true, seriesId: 'AAMkAD/series=' } });
    expect((await occurrence.host.appointment.describe()).kind).toBe('occurrence');
    const series = await connect({ appointment: { isRecurring: true, seriesId: null } });
    expect((await series.host.appointment.describe()).kind).toBe('series');
  });

  it('takes every item for one meeting where Outlook cannot tell (before Mailbox 1.7)', async () => {
    const { host } = await connect({ mailbox: '1.6', appointment: { isRecurring: true, seriesId: null } });
    expect((await host.appointment.describe()).kind).toBe('single');
  });
});

describe("the appointment's Graph id", () => {
  it('is the EWS id Outlook gives, converted to a REST v2.0 id', async () => {
    const { fake, host } = await connect({ appointment: { ewsId: 'AAMkAD/a+b=' } });
    expect(await host.appointment.eventId({ saveIfNew: true })).toBe(restIdOf('AAMkAD/a+b='));
    expect(restIdOf('AAMkAD/a+b=')).toBe('AAMkAD-a_b=');
    expect(fake.calls).toEqual(['getItemIdAsync', 'convertToRestId v2.0']);
  });

  it('saves a new appointment first when asked to, and otherwise says it has none', async () => {
    const { fake, host } = await connect({ appointment: { ewsId: null } });
    expect(await host.appointment.eventId({ saveIfNew: false })).toBeNull();
    expect(fake.calls).not.toContain('saveAsync');
    expect(await host.appointment.eventId({ saveIfNew: true })).toBe(restIdOf('AAMkAD/new+item='));
    expect(fake.calls).toContain('saveAsync');
  });

  it('comes from saving before Mailbox 1.8, which has no getItemIdAsync', async () => {
    const { fake, host } = await connect({ mailbox: '1.7' });
    expect(await host.appointment.eventId({ saveIfNew: false })).toBe(restIdOf('AAMkAD/ew+s='));
    expect(fake.calls).toEqual(['saveAsync', 'convertToRestId v2.0']);
  });

  it('fails readably when Outlook gives no id for another reason', async () => {
    const { fake, host } = await connect();
    fake.failNext('getItemIdAsync', { code: 9017, name: 'GenericResponseError', message: 'The server could not be reached.' });
    const error = await rejection(host.appointment.eventId({ saveIfNew: true }));
    expect(error.code).toBe('item_id_failed');
    expect(error.message).toMatch(/The server could not be reached/);
  });
});
