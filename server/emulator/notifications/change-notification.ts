// The bodies Microsoft Graph POSTs to a subscriber: a changeNotificationCollection holding either a change
// notification for a transcript (without resource data: the subscriber reads the transcript itself) or a lifecycle
// notification. resourceData carries only @odata.id: Graph adds the resource's id and @odata.type as open-type extras,
// which fixtures/graph/schemas.json does not declare (see the README's deliberate differences).
import type { EmulatorContext } from '../context';
import type { OnlineMeeting, Subscription, Transcript } from '../store/types';

export type LifecycleEvent = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

/** How Graph names a transcript in a notification, whatever resource was subscribed to. */
export const transcriptResource = (meeting: OnlineMeeting, transcript: Transcript): string =>
  `communications/onlineMeetings('${meeting.id}')/transcripts('${transcript.id}')`;

const common = (ctx: EmulatorContext, subscription: Subscription): Record<string, unknown> => ({
  subscriptionId: subscription.id,
  subscriptionExpirationDateTime: subscription.expirationDateTime,
  tenantId: ctx.tenantId,
  ...(typeof subscription.clientState === 'string' ? { clientState: subscription.clientState } : {}),
});

export const transcriptCreatedBody = (ctx: EmulatorContext, subscription: Subscription, meeting: OnlineMeeting, transcript: Transcript): Record<string, unknown> => {
  const resource = transcriptResource(meeting, transcript);
  return { value: [{ ...common(ctx, subscription), changeType: 'created', resource, resourceData: { '@odata.id': resource } }] };
};

export const lifecycleBody = (ctx: EmulatorContext, subscription: Subscription, event: LifecycleEvent): Record<string, unknown> => ({
  value: [{ ...common(ctx, subscription), lifecycleEvent: event }],
});
