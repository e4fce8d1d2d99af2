// How the dev host answers each teams-js call from the framed tab. Pure apart from fetching a token: it returns
// the reply's args (or none, for one-way messages) and what the call changed in the host (validity, saved config…).
import { legacyContext, meetingDetails, runtimeConfig, sdkErrorCodes, type HostEnvironment, type SdkError, type TeamsRequest } from './teams-wire';

export type HostChange =
  | { kind: 'initialized' }
  | { kind: 'validity'; isValid: boolean }
  | { kind: 'configSaved'; config: Record<string, unknown> }
  | { kind: 'saveOutcome'; isSaved: boolean; reason?: string }
  | { kind: 'stageSharing'; isSharing: boolean; url?: string }
  | { kind: 'handlerRegistered'; name: string };

export type HostAnswer = {
  /** undefined: a one-way message, no reply. */
  reply?: unknown[];
  change?: HostChange;
  /** Shown in the host console. */
  note?: string;
  isUnknown?: boolean;
};

/** Calls whose caller reads `[success, reason]` (sendAndHandleStatusAndReason): unsupported ones answer [false, reason]. */
const statusAndReasonCalls = new Set(['executeDeepLink', 'navigateCrossDomain', 'navigateBack', 'navigateToTab', 'authentication.authenticate']);

/** Messages teams-js sends without waiting for an answer. */
const oneWayCalls = new Set([
  'appInitialization.appLoaded',
  'appInitialization.success',
  'appInitialization.failure',
  'appInitialization.expectedFailure',
  'readyToUnload',
  'returnFocus',
  'shareDeepLink',
  'setFrameContext',
  'settings.remove.success',
  'settings.remove.failure',
  'meeting.updateMicState',
]);

const sdkError = (errorCode: number, message: string): SdkError => ({ errorCode, message });

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const answerTeamsCall = async (request: TeamsRequest, env: HostEnvironment): Promise<HostAnswer> => {
  const args = request.args ?? [];
  const isTeams = env.hostName === 'Teams';
  const isMeetingFrame = env.frameContext === 'sidePanel' || env.frameContext === 'meetingStage';
  switch (request.func) {
    case 'initialize':
      return {
        reply: [env.frameContext, 'web', JSON.stringify(runtimeConfig(env.hostName)), asString(args[0]) ?? '2.58.0'],
        change: { kind: 'initialized' },
      };
    case 'getContext':
      return { reply: [legacyContext(env)] };
    case 'authentication.getAuthToken':
      try {
        const token = await env.getToken();
        return { reply: [true, token], note: `SSO token for ${env.session.person.upn}` };
      } catch (error) {
        return { reply: [false, error instanceof Error ? error.message : String(error)] };
      }
    case 'meeting.getMeetingDetails': {
      const details = isTeams ? meetingDetails(env) : null;
      if (details) return { reply: [null, details] };
      const why = isTeams ? (env.session.meetingProblem ?? 'No meeting is selected in the dev host.') : 'Outlook has no meeting details for tabs.';
      return { reply: [sdkError(sdkErrorCodes.notSupportedInCurrentContext, why), null], note: why };
    }
    case 'meeting.getAppContentStageSharingCapabilities':
      return { reply: [null, { doesAppHaveSharePermission: isTeams && isMeetingFrame && env.session.meeting !== null }] };
    case 'meeting.getAppContentStageSharingState':
      return { reply: [null, { isAppSharing: env.isSharingToStage }] };
    case 'meeting.shareAppContentToStage': {
      const url = asString(args[0]);
      return { reply: [null, true], change: { kind: 'stageSharing', isSharing: true, url }, note: `share to stage: ${url ?? '?'}` };
    }
    case 'meeting.stopSharingAppContentToStage':
      return { reply: [null, true], change: { kind: 'stageSharing', isSharing: false } };
    case 'settings.setSettings': {
      const config = typeof args[0] === 'object' && args[0] !== null ? (args[0] as Record<string, unknown>) : {};
      return { reply: [true], change: { kind: 'configSaved', config } };
    }
    case 'settings.getSettings':
      return { reply: [env.savedConfig ?? {}] };
    case 'settings.setValidityState':
      return { change: { kind: 'validity', isValid: args[0] === true } };
    case 'settings.save.success':
      return { change: { kind: 'saveOutcome', isSaved: true } };
    case 'settings.save.failure':
      return { change: { kind: 'saveOutcome', isSaved: false, reason: asString(args[0]) } };
    case 'registerHandler':
      return { change: { kind: 'handlerRegistered', name: asString(args[0]) ?? '?' } };
    default:
      if (oneWayCalls.has(request.func)) return {};
      if (statusAndReasonCalls.has(request.func)) {
        return { reply: [false, `The Roundtable dev host does not support ${request.func}.`], isUnknown: true };
      }
      return {
        reply: [sdkError(sdkErrorCodes.notSupportedOnPlatform, `The Roundtable dev host does not support ${request.func}.`)],
        isUnknown: true,
      };
  }
};
