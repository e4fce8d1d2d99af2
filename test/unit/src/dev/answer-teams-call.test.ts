import { describe, expect, it } from 'vitest';
import { answerTeamsCall } from '../../../../src/dev/answer-teams-call';
import type { DevSession } from '../../../../src/dev/dev-api';
import { teamsMeetingId, type HostEnvironment } from '../../../../src/dev/teams-wire';

const session: DevSession = {
  person: { upn: 'priya.raman@contoso.test', displayName: 'Priya Raman', id: 'user-oid' },
  tenantId: 'tenant-id',
  organizerId: 'organizer-oid',
  meetingProblem: null,
  meeting: {
    eventId: 'event-1',
    type: 'occurrence',
    seriesMasterId: 'series-1',
    subject: 'Weekly team meeting',
    start: '2026-03-03T10:00:00.000Z',
    end: '2026-03-03T11:00:00.000Z',
    isOnlineMeeting: true,
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    isOrganizer: false,
    organizer: { name: 'Hiroshi Tanaka', email: 'hiroshi@contoso.test' },
    attendees: [],
    webLink: null,
    onlineMeetingId: 'online-1',
    chatId: '19:meeting_abc@thread.v2',
  },
};

const environment = (overrides: Partial<HostEnvironment> = {}): HostEnvironment => ({
  frameContext: 'sidePanel',
  isMeetingSurface: true,
  hostName: 'Teams',
  theme: 'dark',
  locale: 'en-GB',
  session,
  appSessionId: 'app-session',
  isSharingToStage: false,
  savedConfig: null,
  getToken: () => Promise.resolve('header.payload.signature'),
  ...overrides,
});

const call = (func: string, args: unknown[] = [], env = environment()) => answerTeamsCall({ id: 1, uuidAsString: 'uuid', func, args }, env);

describe('the dev host answering teams-js', () => {
  it('answers initialize with the frame context, web client, a v4 runtime config and the SDK version', async () => {
    const answer = await call('initialize', ['2.58.0', 4, null]);
    const [frameContext, clientType, runtime, version] = answer.reply ?? [];
    expect([frameContext, clientType, version]).toEqual(['sidePanel', 'web', '2.58.0']);
    const config = JSON.parse(String(runtime)) as { apiVersion: number; supports: { pages: { config: object }; meeting?: object } };
    expect(config.apiVersion).toBe(4);
    expect(config.supports.pages.config).toEqual({});
    expect(config.supports.meeting).toEqual({});
  });

  it('answers getContext with the flat legacy context, the meeting id built from the chat like Teams does', async () => {
    const [context] = (await call('getContext')).reply ?? [];
    expect(context).toMatchObject({
      frameContext: 'sidePanel',
      hostName: 'Teams',
      theme: 'dark',
      locale: 'en-GB',
      userObjectId: 'user-oid',
      tid: 'tenant-id',
      userPrincipalName: 'priya.raman@contoso.test',
      loginHint: 'priya.raman@contoso.test',
      chatId: '19:meeting_abc@thread.v2',
      meetingId: teamsMeetingId('19:meeting_abc@thread.v2'),
      appSessionId: 'app-session',
    });
    expect(atob(teamsMeetingId('19:x@thread.v2'))).toBe('0#19:x@thread.v2#0');
  });

  it('leaves the meeting out of the personal tab context', async () => {
    const [context] = (await call('getContext', [], environment({ frameContext: 'content', isMeetingSurface: false }))).reply ?? [];
    expect(context).not.toHaveProperty('meetingId');
    expect(context).not.toHaveProperty('chatId');
  });

  it('hands out the SSO token as [true, token]', async () => {
    expect((await call('authentication.getAuthToken')).reply).toEqual([true, 'header.payload.signature']);
  });

  it('answers getMeetingDetails with [null, details] from the selected meeting', async () => {
    const [error, details] = (await call('meeting.getMeetingDetails')).reply ?? [];
    expect(error).toBeNull();
    expect(details).toEqual({
      details: {
        id: 'event-1',
        title: 'Weekly team meeting',
        scheduledStartTime: '2026-03-03T10:00:00.000Z',
        scheduledEndTime: '2026-03-03T11:00:00.000Z',
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
        type: 'Recurring',
      },
      conversation: { id: '19:meeting_abc@thread.v2' },
      organizer: { id: 'organizer-oid', tenantId: 'tenant-id' },
    });
  });

  it('answers getMeetingDetails with an SdkError when there is no meeting', async () => {
    const answer = await call('meeting.getMeetingDetails', [], environment({ session: { ...session, meeting: null, meetingProblem: 'none today' } }));
    expect(answer.reply).toEqual([{ errorCode: 501, message: 'none today' }, null]);
  });

  it('records what the configuration page asks for', async () => {
    expect(await call('settings.setValidityState', [true])).toEqual({ change: { kind: 'validity', isValid: true } });
    const saved = await call('settings.setSettings', [{ contentUrl: 'https://x/details.html' }]);
    expect(saved.reply).toEqual([true]);
    expect(saved.change).toEqual({ kind: 'configSaved', config: { contentUrl: 'https://x/details.html' } });
    expect((await call('settings.save.success')).change).toEqual({ kind: 'saveOutcome', isSaved: true });
  });

  it('shares to the stage with [null, true]', async () => {
    const answer = await call('meeting.shareAppContentToStage', ['https://x/stage.html', { sharingProtocol: 'Collaborative' }]);
    expect(answer.reply).toEqual([null, true]);
    expect(answer.change).toEqual({ kind: 'stageSharing', isSharing: true, url: 'https://x/stage.html' });
  });

  it('does not answer one-way messages', async () => {
    expect((await call('registerHandler', ['themeChange'])).reply).toBeUndefined();
    expect((await call('appInitialization.success', ['2.58.0'])).reply).toBeUndefined();
  });

  it('answers unknown calls with a well-formed error so the tab never hangs', async () => {
    const answer = await call('people.selectPeople');
    expect(answer.isUnknown).toBe(true);
    expect(answer.reply).toEqual([{ errorCode: 100, message: 'The Roundtable dev host does not support people.selectPeople.' }]);
    expect((await call('executeDeepLink', ['https://x'])).reply?.[0]).toBe(false);
  });
});
