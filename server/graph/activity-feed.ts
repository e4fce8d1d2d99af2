// Teams activity-feed notifications for private praise: POST /users/{id}/teamwork/sendActivityNotification with
// Roundtable's own token (application permission TeamsActivity.Send), so a private praise never waits for its giver.
// Graph answers 403 when the app is not installed for the recipient; the same chainId on a resend replaces the
// notification instead of adding one, so retrying after an ambiguous failure is safe.
import { GraphError } from '@microsoft/microsoft-graph-client';
import type { AttemptOutcome, PraiseNotification } from '../domain/praise';
import { createGraphClient } from './client';
import { graphFailureOutcome } from './delivery-outcome';

export type ActivityFeedOptions = {
  baseUrl: string;
  getAppToken: (tenantId: string) => Promise<string>;
  timeoutMs: number;
  now: () => number;
};

/** Graph's words when the recipient lacks the app: "…Ensure that the expected Teams app is installed in the target scope…". */
const isAppNotInstalled = (error: unknown): boolean =>
  error instanceof GraphError && error.statusCode === 403 && /installed/i.test(error.message ?? '');

export const createActivityFeedGraph = (options: ActivityFeedOptions) => ({
  sendActivityNotification: async (tenantId: string, recipientId: string, notification: PraiseNotification, goAhead?: () => Promise<void>): Promise<AttemptOutcome> => {
    let token: string;
    try {
      token = await options.getAppToken(tenantId);
    } catch {
      return { kind: 'retry', unsure: false, retryAfterMs: null, reason: 'Microsoft Entra ID could not be reached.' };
    }
    const client = createGraphClient({ baseUrl: options.baseUrl, getAccessToken: async () => token, maxRetries: 0 });
    await goAhead?.();
    try {
      await client
        .api(`/users/${encodeURIComponent(recipientId)}/teamwork/sendActivityNotification`)
        .option('signal', AbortSignal.timeout(options.timeoutMs))
        .post(notification);
      return { kind: 'delivered', messageId: null };
    } catch (error) {
      if (isAppNotInstalled(error)) return { kind: 'recipient_has_no_app' };
      return graphFailureOutcome(error, options.now(), {
        400: 'Microsoft Teams refused the notification.',
        403: 'Roundtable may not send Teams notifications in this organization.',
        404: 'The recipient was not found in Microsoft 365.',
      });
    }
  },
});
