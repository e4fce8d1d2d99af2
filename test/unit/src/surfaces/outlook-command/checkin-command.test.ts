// The Outlook pane's Add check-in and Remove check-in against a fake Office.js and a recording API: the block goes in
// once, in front of the agenda, in Outlook's documents, plain-text bodies and invites with the Teams meeting blob; a
// second add replaces it; remove gives the body back byte for byte; Office's failures leave the body untouched.
import { describe, expect, it } from 'vitest';
import { toInviteCheckin } from '../../../../../server/domain/checkin/invite-checkin';
import { findMeetingBlob, locateCheckinBlocks, readCheckinBlock, writeCheckinBlock, type InviteBody } from '../../../../../server/domain/invite';
import { weeklyTeamMeetingIntro } from '../../../../../server/emulator/seed/agendas';
import { inviteHtml } from '../../../../../server/emulator/seed/meeting-blob';
import type { CheckinChoice } from '../../../../../src/api';
import { connectOutlookWith, isOfficeError } from '../../../../../src/host/office';
import { addCheckin, readBodyState, removeCheckin, type CommandDeps } from '../../../../../src/surfaces/outlook-command/checkin-command';
import { demoBlob, graphFixtureBody, textBlob } from '../../../domain/invite/invite-bodies';
import { createFakeOffice, restIdOf, type FakeAppointment } from '../../host/fake-office';

const own = (customQuestion: string, anonymous = false): CheckinChoice => ({ promptId: null, customQuestion, anonymous, scope: 'occurrence' });
const weather: CheckinChoice = { promptId: 'mood.weather', customQuestion: null, anonymous: true, scope: 'occurrence' };

/** The API as the pane calls it, recording each call; `refuse` makes the next one fail. */
const recordingApi = () => {
  const calls: { method: string; eventId: string; choice?: CheckinChoice }[] = [];
  let refusal: Error | null = null;
  const settle = <T>(value: T) => {
    const error = refusal;
    refusal = null;
    return error ? Promise.reject(error) : Promise.resolve(value);
  };
  const api: CommandDeps['api'] = {
    registerOutlookCheckin: (eventId, choice) => {
      calls.push({ method: 'register', eventId, choice });
      return settle({ choice: { ...choice, kind: 'custom', question: choice.customQuestion ?? '', messageKey: null, answer: { type: 'text', maxLength: 1000 } }, invite: { status: 'outlook', message: null } });
    },
    unregisterOutlookCheckin: (eventId) => {
      calls.push({ method: 'unregister', eventId });
      return settle({ choice: null });
    },
  };
  return { api, calls, refuse: (error: Error) => void (refusal = error) };
};

const setUp = async (appointment: Partial<FakeAppointment>) => {
  const fake = createFakeOffice({ appointment });
  const host = await connectOutlookWith(fake.office);
  const server = recordingApi();
  return { fake, server, deps: { appointment: host.appointment, api: server.api } };
};

const bodies: [string, InviteBody, string][] = [
  ["Outlook's full HTML document (<html><head><style>…)", graphFixtureBody(), 'Does this time work for you?'],
  ['an invite with an agenda and the Teams meeting blob', { contentType: 'html', content: inviteHtml(weeklyTeamMeetingIntro, demoBlob) }, 'Agenda'],
  ['a plain-text body', { contentType: 'text', content: `Agenda\r\n1. Wins of the week (10 min)\r\n2. Open floor\r\n\r\n${textBlob}` }, 'Agenda'],
];

describe.each(bodies)('Add check-in on %s', (_name, original, agendaMarker) => {
  it('puts one block in front of the agenda, keeps the meeting blob, and registers the choice', async () => {
    const { fake, server, deps } = await setUp({ body: original });
    const outcome = await addCheckin(deps, own('One word for how you arrive?'));

    const written = fake.appointment.body;
    expect(written.contentType).toBe(original.contentType);
    expect(locateCheckinBlocks(written)).toHaveLength(1);
    expect(readCheckinBlock(written)).toMatchObject({ question: 'One word for how you arrive?', anonymous: false });
    expect(readCheckinBlock(written)!.range.end).toBeLessThanOrEqual(written.content.indexOf(agendaMarker));
    expect(findMeetingBlob(written)?.content).toBe(findMeetingBlob(original)?.content);
    expect(outcome).toMatchObject({ change: 'added', registration: { status: 'registered' } });
    expect(server.calls).toEqual([{ method: 'register', eventId: restIdOf('AAMkAD/ew+s='), choice: own('One word for how you arrive?') }]);
  });

  it('replaces the block when added again, and removing it gives the body back byte for byte', async () => {
    const { fake, deps } = await setUp({ body: original });
    await addCheckin(deps, own('First question?'));
    const second = await addCheckin(deps, weather);
    expect(second.change).toBe('replaced');
    expect(locateCheckinBlocks(fake.appointment.body)).toHaveLength(1);
    expect(readCheckinBlock(fake.appointment.body)).toMatchObject({ question: "What's the weather inside you today? One word or an emoji.", anonymous: true });

    const removal = await removeCheckin(deps);
    expect(removal).toMatchObject({ change: 'removed', registration: { status: 'forgotten', stillInForce: null } });
    expect(fake.appointment.body).toEqual(original);
  });
});

describe('Add check-in, again and again', () => {
  it('leaves an invite that already says the same untouched', async () => {
    const { fake, server, deps } = await setUp({ body: graphFixtureBody() });
    await addCheckin(deps, weather);
    const outcome = await addCheckin(deps, weather);
    expect(outcome.change).toBe('unchanged');
    expect(fake.writes).toHaveLength(1);
    // The server hears it again: registering is idempotent and repairs a lost registration.
    expect(server.calls.map((call) => call.method)).toEqual(['register', 'register']);
  });

  it('saves a new appointment to learn its id before registering', async () => {
    const { fake, server, deps } = await setUp({ ewsId: null });
    await addCheckin(deps, weather);
    expect(fake.calls.indexOf('setAsync')).toBeLessThan(fake.calls.indexOf('saveAsync'));
    expect(server.calls[0]?.eventId).toBe(restIdOf('AAMkAD/new+item='));
  });
});

describe("when Outlook or the server fails", () => {
  it('a failed read leaves the body untouched, writes nothing and registers nothing', async () => {
    const original = graphFixtureBody();
    const { fake, server, deps } = await setUp({ body: original });
    fake.failNext('getAsync', { code: 9002, name: 'InternalServerError', message: 'An internal error has occurred.' });
    const error = await addCheckin(deps, weather).catch((reason: unknown) => reason);
    expect(isOfficeError(error) && error.code).toBe('body_read_failed');
    expect(String((error as Error).message)).toMatch(/An internal error has occurred/);
    expect(fake.appointment.body).toEqual(original);
    expect(fake.writes).toEqual([]);
    expect(server.calls).toEqual([]);
  });

  it('a failed write leaves the body untouched and registers nothing', async () => {
    const original = graphFixtureBody();
    const { fake, server, deps } = await setUp({ body: original });
    fake.failNext('setAsync', { code: 9041, name: 'InvalidFormatError', message: 'The format of the specified data object is invalid.' });
    const error = await addCheckin(deps, weather).catch((reason: unknown) => reason);
    expect(isOfficeError(error) && error.code).toBe('body_write_failed');
    expect(fake.appointment.body).toEqual(original);
    expect(server.calls).toEqual([]);

    fake.failNext('setAsync', { code: 9041, name: 'InvalidFormatError', message: 'The format of the specified data object is invalid.' });
    await addCheckin(deps, weather).catch(() => undefined);
    expect(fake.appointment.body).toEqual(original);
  });

  it('a server refusal after the block went in keeps the block and returns the error for a retry', async () => {
    const { fake, server, deps } = await setUp({ body: graphFixtureBody() });
    server.refuse(new Error('Only the organizer of this meeting can choose its check-in.'));
    const outcome = await addCheckin(deps, weather);
    expect(outcome.registration).toEqual({ status: 'failed', error: new Error('Only the organizer of this meeting can choose its check-in.') });
    expect(locateCheckinBlocks(fake.appointment.body)).toHaveLength(1);
  });
});

describe('Remove check-in', () => {
  it('on a new appointment takes the block out without saving it or calling the server', async () => {
    // A new appointment copied from one that had a check-in: the block is there, the server has never seen this item.
    const original: InviteBody = { contentType: 'html', content: '<div><p>Agenda</p></div>' };
    const invite = toInviteCheckin(weather)!;
    const { fake, server, deps } = await setUp({ ewsId: null, body: writeCheckinBlock(original, invite) });
    const outcome = await removeCheckin(deps);
    expect(outcome).toMatchObject({ change: 'removed', registration: { status: 'notSaved' } });
    expect(fake.appointment.body).toEqual(original);
    expect(fake.calls).not.toContain('saveAsync');
    expect(server.calls).toEqual([]);
  });

  it('with no block in the invite writes nothing, and still forgets a registered choice', async () => {
    const original = graphFixtureBody();
    const { fake, server, deps } = await setUp({ body: original });
    const outcome = await removeCheckin(deps);
    expect(outcome.change).toBe('absent');
    expect(fake.writes).toEqual([]);
    expect(server.calls).toEqual([{ method: 'unregister', eventId: restIdOf('AAMkAD/ew+s=') }]);
  });

  it('reads the current block for the pane to start from', async () => {
    const { deps } = await setUp({ body: graphFixtureBody() });
    expect((await readBodyState(deps.appointment)).block).toBeNull();
    await addCheckin(deps, own('Tea or coffee?', true));
    expect((await readBodyState(deps.appointment)).block).toMatchObject({ question: 'Tea or coffee?', anonymous: true });
  });
});
