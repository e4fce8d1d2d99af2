// Application tokens for Microsoft Graph (OAuth 2.0 client credentials) with @azure/msal-node, one confidential
// client per tenant: background work (change-notification subscriptions, transcript ingestion) runs as Roundtable
// itself, with the application permissions an admin granted, not as a signed-in person. msal-node caches the token
// until shortly before it expires. The emulator is reached exactly as on-behalf-of.ts reaches it.
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { AppError } from '../errors';
import type { IdentityMetadata } from './identity';

export type AppTokenOptions = {
  clientId: string;
  clientSecret: string;
  identity: IdentityMetadata;
  fetchJson?: (url: string) => Promise<unknown>;
};

/** An application token for Graph in a tenant. */
export type AppTokenSource = (tenantId: string) => Promise<string>;

const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/** The cloud's aliases, so msal-node needs no instance discovery call (only used with the emulator). */
const cloudDiscoveryMetadata = (host: string): string => {
  const hostname = new URL(host).host;
  return JSON.stringify({
    tenant_discovery_endpoint: `${host}/common/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: hostname, preferred_cache: hostname, aliases: [hostname] }],
  });
};

const defaultFetchJson = async (url: string): Promise<unknown> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
};

export const createAppTokenSource = (options: AppTokenOptions): AppTokenSource => {
  const clients = new Map<string, Promise<ConfidentialClientApplication>>();
  const fetchJson = options.fetchJson ?? defaultFetchJson;

  const clientFor = async (tenantId: string): Promise<ConfidentialClientApplication> => {
    const auth: Configuration['auth'] = { clientId: options.clientId, clientSecret: options.clientSecret, authority: `${options.identity.authorityHost}/${tenantId}` };
    const metadataUrl = options.identity.authorityMetadataUrl?.(tenantId);
    if (metadataUrl) {
      auth.authorityMetadata = JSON.stringify(await fetchJson(metadataUrl));
      auth.cloudDiscoveryMetadata = cloudDiscoveryMetadata(options.identity.authorityHost);
    }
    return new ConfidentialClientApplication({ auth });
  };

  return async (tenantId) => {
    let client = clients.get(tenantId);
    if (!client) {
      client = clientFor(tenantId);
      client.catch(() => clients.delete(tenantId));
      clients.set(tenantId, client);
    }
    try {
      const result = await (await client).acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE] });
      if (!result?.accessToken) throw new Error('Entra ID returned no access token');
      return result.accessToken;
    } catch (error) {
      throw new AppError('identity_unavailable', 'Could not get an application token for Microsoft Graph from Microsoft Entra ID.', { cause: error });
    }
  };
};
