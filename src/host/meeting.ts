// Meeting features of the Teams client through teams-js: the meeting's details and sharing a page to the meeting stage.
import { meeting } from '@microsoft/teams-js';
import { HostError, describeHostFailure } from './host-error';

/** What the Teams client knows about the meeting the app is open in. */
export type HostMeetingDetails = {
  /** Calendar event id as Teams reports it (not necessarily the signed-in user's event id). */
  eventId?: string;
  title?: string;
  joinUrl?: string;
  /** ISO 8601 instants. */
  scheduledStart?: string;
  scheduledEnd?: string;
  /** The meeting chat's thread id. */
  chatId?: string;
  organizerId?: string;
  organizerTenantId?: string;
};

/**
 * Asks Teams for the current meeting. `meeting.getMeetingDetails` is hidden in the typings and needs the
 * `OnlineMeeting.ReadBasic.Chat` resource-specific permission; the join URL is how the API finds the user's event.
 */
export const getMeetingDetails = (): Promise<HostMeetingDetails> =>
  new Promise((resolve, reject) => {
    const fail = (reason: unknown) =>
      reject(new HostError('meeting_unavailable', `Teams did not give the meeting's details: ${describeHostFailure(reason)}`, { cause: reason }));
    try {
      meeting.getMeetingDetails((error, response) => {
        if (error || !response) return fail(error ?? 'empty answer');
        const details = response.details;
        resolve({
          eventId: 'id' in details ? details.id : undefined,
          title: 'title' in details ? details.title : undefined,
          joinUrl: details.joinUrl,
          scheduledStart: details.scheduledStartTime,
          scheduledEnd: 'scheduledEndTime' in details ? details.scheduledEndTime : undefined,
          chatId: response.conversation?.id,
          organizerId: response.organizer?.id,
          organizerTenantId: response.organizer?.tenantId,
        });
      });
    } catch (cause) {
      // teams-js throws synchronously when the frame context does not allow the call.
      fail(cause);
    }
  });

const stageCall = <T>(label: string, call: (callback: (error: unknown, value: T | null) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => {
    const fail = (reason: unknown) => reject(new HostError('stage_failed', `${label}: ${describeHostFailure(reason)}`, { cause: reason }));
    try {
      call((error, value) => (error || value === null ? fail(error ?? 'empty answer') : resolve(value)));
    } catch (cause) {
      fail(cause);
    }
  });

/** Whether this user may share the app to the meeting stage (the manifest must list `meetingStage`). */
export const canShareToStage = (): Promise<boolean> =>
  stageCall('Stage sharing capabilities', meeting.getAppContentStageSharingCapabilities).then((value) => value.doesAppHaveSharePermission);

/** Whether the app is on the meeting stage right now. */
export const isSharedToStage = (): Promise<boolean> =>
  stageCall('Stage sharing state', meeting.getAppContentStageSharingState).then((value) => value.isAppSharing);

/** Puts `url` (a page of this app, e.g. `<origin>/stage.html`) on the meeting stage for everyone. */
export const shareToStage = (url: string): Promise<void> =>
  stageCall<boolean>('Share to stage', (callback) => meeting.shareAppContentToStage(callback, url)).then(() => undefined);

export const stopSharingToStage = (): Promise<void> =>
  stageCall('Stop sharing to stage', meeting.stopSharingAppContentToStage).then(() => undefined);
