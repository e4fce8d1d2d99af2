// Exchanges a person's SSO token for a delegated Microsoft Graph token (OAuth 2.0 on-behalf-of) with @azure/msal-node.
// msal-node caches tokens per assertion, so repeated calls in one session do not go back to Entra ID.
import { ConfidentialClientApplication, InteractionRequiredAuthError, type Configuration } from '@azure/msal-node';
import { AppError } from '../errors';
import type { VerifiedUser } from '../services/ports';
import type { IdentityMetadata } from './identity';

export type OnBehalfOfOptions = {
  clientId: string;
  clientSecret: string;
  identity: IdentityMetadata;
  /** Graph scopes; `.default` = whatever the admin consented to. */
  scopes?: string[];
  fetchJson?: (url: string) => Promise<unknown>;
};

export type GraphTokenSource = (user: VerifiedUser) => Promise<string>;

/** Tell msal-node the cloud's aliases so it needs no instance discovery call (only used with the emulator). */
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

export const createOnBehalfOf = (options: OnBehalfOfOptions): GraphTokenSource => {
  const clients = new Map<string, Promise<ConfidentialClientApplication>>();
  const scopes = options.scopes ?? ['https://graph.microsoft.com/.default'];
  const fetchJson = options.fetchJson ?? defaultFetchJson;

  const clientFor = async (tenantId: string): Promise<ConfidentialClientApplication> => {
    const authority = `${options.identity.authorityHost}/${tenantId}`;
    const metadataUrl = options.identity.authorityMetadataUrl?.(tenantId);
    const auth: Configuration['auth'] = { clientId: options.clientId, clientSecret: options.clientSecret, authority };
    if (metadataUrl) {
      auth.authorityMetadata = JSON.stringify(await fetchJson(metadataUrl));
      auth.cloudDiscoveryMetadata = cloudDiscoveryMetadata(options.identity.authorityHost);
    }
    return new ConfidentialClientApplication({ auth });
  };

  return async (user) => {
    let client = clients.get(user.tenantId);
    if (!client) {
      client = clientFor(user.tenantId);
      client.catch(() => clients.delete(user.tenantId));
      clients.set(user.tenantId, client);
    }
    try {
      const result = await (await client).acquireTokenOnBehalfOf({ oboAssertion: user.ssoToken, scopes });
      if (!result?.accessToken) throw new Error('Entra ID returned no access token');
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        throw new AppError('consent_required', 'Roundtable needs your consent to read your meetings in Microsoft 365.', { cause: error });
      }
      throw new AppError('identity_unavailable', 'Could not get a Microsoft Graph token from Microsoft Entra ID.', { cause: error });
    }
  };
};
