// Application tokens for Microsoft Graph (OAuth 2.0 client credentials) with @azure/msal-node, one confidential
// client per tenant: background work (change-notification subscriptions, transcript ingestion) runs as Roundtable
// itself, with the application permissions an admin granted, not as a signed-in person. msal-node caches the token
// until shortly before it expires. Clients and the emulator set-up are shared with on-behalf-of.ts (confidential-clients.ts).
import { AppError } from '../errors';
import { createConfidentialClients, type ConfidentialClientOptions } from './confidential-clients';

export type AppTokenOptions = ConfidentialClientOptions;

/** An application token for Graph in a tenant. */
export type AppTokenSource = (tenantId: string) => Promise<string>;

const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

export const createAppTokenSource = (options: AppTokenOptions): AppTokenSource => {
  const clientFor = createConfidentialClients(options);
  return async (tenantId) => {
    try {
      const result = await (await clientFor(tenantId)).acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE] });
      if (!result?.accessToken) throw new Error('Entra ID returned no access token');
      return result.accessToken;
    } catch (error) {
      throw new AppError('identity_unavailable', 'Could not get an application token for Microsoft Graph from Microsoft Entra ID.', { cause: error });
    }
  };
};
