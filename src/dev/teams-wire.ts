// The postMessage wire format teams-js 2.x speaks with its host (checked against @microsoft/teams-js 2.58's
// internal/communication.js): requests carry a numeric id, the uuid as a string, a `func` name and `args`; the
// host answers with the same id and uuid and its own `args`; host events carry `func` and `args` but no id.
import type { DevHostName, DevTheme } from './dev-settings';
import type { DevSession } from './dev-api';
import type { FrameContextName } from './surfaces';

export type TeamsRequest = { id: number; uuidAsString?: string; func: string; args?: unknown[]; apiVersionTag?: string };
export type TeamsResponse = { id: number; uuidAsString?: string; args: unknown[] };
export type TeamsEvent = { func: string; args: unknown[] };

export const isTeamsRequest = (data: unknown): data is TeamsRequest => {
  if (typeof data !== 'object' || data === null) return false;
  const { id, func, args } = data as Partial<TeamsRequest>;
  return typeof id === 'number' && typeof func === 'string' && (args === undefined || Array.isArray(args));
};

/** SdkError codes from teams-js's ErrorCode enum. */
export const sdkErrorCodes = { notSupportedOnPlatform: 100, internalError: 500, notSupportedInCurrentContext: 501 } as const;

export type SdkError = { errorCode: number; message: string };

/** What the dev host is playing when the tab asks. */
export type HostEnvironment = {
  frameContext: FrameContextName;
  /** A meeting's tab (side panel, stage, details, its configuration) rather than the personal tab. */
  isMeetingSurface: boolean;
  hostName: DevHostName;
  theme: DevTheme;
  locale: string;
  session: DevSession;
  /** One id per framed page load, like Teams' appSessionId. */
  appSessionId: string;
  isSharingToStage: boolean;
  savedConfig: Record<string, unknown> | null;
  getToken: () => Promise<string>;
  /** The deep link's sub-page, answered as the context's subEntityId (teams-js: page.subPageId). */
  subPageId?: string;
};

/**
 * The runtime config answered to `initialize`. teams-js reads `apiVersion` and the capability keys under `supports`
 * (`pages.config` gates pages.config.*); `appInitialization`, `authentication` and `meeting` are not runtime keys
 * in 2.58 (those calls are not gated) but are listed so a reader sees what this host answers.
 */
export const runtimeConfig = (hostName: DevHostName) => ({
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isNAAChannelRecommended: false,
  isLegacyTeams: false,
  supports: {
    app: {},
    appInitialization: {},
    authentication: {},
    pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, tabs: {} },
    teamsCore: {},
    ...(hostName === 'Teams' ? { meeting: {}, interactive: {}, stageView: {} } : { mail: {}, calendar: {} }),
  },
});

/** Teams' meetingId: base64 of "0#<chat thread id>#0". */
export const teamsMeetingId = (chatId: string): string => btoa(`0#${chatId}#0`);

/** The flat "legacy" context object getContext answers; teams-js maps it to app.Context. */
export const legacyContext = (env: HostEnvironment) => {
  const { session } = env;
  const chatId = env.isMeetingSurface ? session.meeting?.chatId : null;
  return {
    entityId: env.frameContext === 'settings' ? undefined : 'roundtable',
    locale: env.locale,
    osLocaleInfo: { platform: 'web', regionalFormat: env.locale },
    theme: env.theme,
    frameContext: env.frameContext,
    hostName: env.hostName,
    hostClientType: 'web',
    sessionId: env.appSessionId,
    appSessionId: env.appSessionId,
    appLaunchId: env.appSessionId,
    ringId: 'general',
    userObjectId: session.person.id,
    userPrincipalName: session.person.upn,
    userDisplayName: session.person.displayName,
    loginHint: session.person.upn,
    userLicenseType: 'Unknown',
    tid: session.tenantId,
    tenantSKU: 'enterprise',
    isFullScreen: false,
    isMultiWindow: false,
    ...(chatId ? { chatId, meetingId: teamsMeetingId(chatId) } : {}),
    ...(env.subPageId ? { subEntityId: env.subPageId } : {}),
  };
};

/** The answer to meeting.getMeetingDetails (IMeetingDetailsResponse). */
export const meetingDetails = (env: HostEnvironment) => {
  const meeting = env.session.meeting;
  if (!meeting) return null;
  const isRecurring = meeting.type !== 'singleInstance' || meeting.seriesMasterId !== null;
  return {
    details: {
      id: meeting.eventId,
      title: meeting.subject,
      scheduledStartTime: meeting.start,
      scheduledEndTime: meeting.end,
      joinUrl: meeting.joinUrl ?? undefined,
      type: isRecurring ? 'Recurring' : 'Scheduled',
    },
    conversation: { id: meeting.chatId ?? '' },
    organizer: { id: env.session.organizerId ?? undefined, tenantId: env.session.tenantId },
  };
};
