// Change-notification subscriptions in Microsoft Graph v1.0: POST /subscriptions (Graph validates the notification
// URLs with a handshake before it answers 201), PATCH /subscriptions/{id} with a new expirationDateTime (renews and
// reauthorizes), DELETE /subscriptions/{id}. A 404 means Graph has dropped the subscription (it expired or was removed).
import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { Subscription } from '@microsoft/microsoft-graph-types';
import type { GraphSubscription, SubscriptionRequest } from '../services/speaking-notifications/ports';
import { callGraph, toAppError } from './errors';

const isGone = (error: unknown): boolean => error instanceof GraphError && error.statusCode === 404;

const toSubscription = (subscription: Subscription): GraphSubscription => {
  if (!subscription.id || !subscription.expirationDateTime) throw new Error('Graph answered a subscription without id or expirationDateTime');
  return { subscriptionId: subscription.id, expiresAt: new Date(subscription.expirationDateTime) };
};

const path = (subscriptionId: string): string => `/subscriptions/${encodeURIComponent(subscriptionId)}`;

export const createSubscriptionGraph = (client: Client) => ({
  createSubscription: (request: SubscriptionRequest): Promise<GraphSubscription> =>
    callGraph('create the change-notification subscription', async () => {
      const body = {
        changeType: 'created',
        resource: request.resource,
        notificationUrl: request.notificationUrl,
        lifecycleNotificationUrl: request.lifecycleNotificationUrl,
        expirationDateTime: request.expiresAt.toISOString(),
        clientState: request.clientState,
      };
      return toSubscription((await client.api('/subscriptions').post(body)) as Subscription);
    }),

  renewSubscription: async (subscriptionId: string, expiresAt: Date): Promise<GraphSubscription | null> => {
    try {
      return toSubscription((await client.api(path(subscriptionId)).patch({ expirationDateTime: expiresAt.toISOString() })) as Subscription);
    } catch (error) {
      if (isGone(error)) return null;
      throw toAppError(error, 'renew the change-notification subscription');
    }
  },

  deleteSubscription: async (subscriptionId: string): Promise<void> => {
    try {
      await client.api(path(subscriptionId)).delete();
    } catch (error) {
      if (!isGone(error)) throw toAppError(error, 'delete the change-notification subscription');
    }
  },
});
