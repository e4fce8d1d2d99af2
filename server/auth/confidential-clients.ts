// One @azure/msal-node confidential client per tenant, for the token sources in this folder (on-behalf-of, client
// credentials). With the emulator, msal-node keeps the real login.microsoftonline.com authority and is handed the
// emulator's metadata, so it makes no discovery call of its own (docs: PLATFORM §4).
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import type { IdentityMetadata } from './identity';

export type ConfidentialClientOptions = {
  clientId: string;
  clientSecret: string;
  identity: IdentityMetadata;
  fetchJson?: (url: string) => Promise<unknown>;
};

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

/** The tenant's client, built once (a failed build is tried again next time). */
export const createConfidentialClients = (options: ConfidentialClientOptions): ((tenantId: string) => Promise<ConfidentialClientApplication>) => {
  const clients = new Map<string, Promise<ConfidentialClientApplication>>();
  const fetchJson = options.fetchJson ?? defaultFetchJson;

  const build = async (tenantId: string): Promise<ConfidentialClientApplication> => {
    const auth: Configuration['auth'] = { clientId: options.clientId, clientSecret: options.clientSecret, authority: `${options.identity.authorityHost}/${tenantId}` };
    const metadataUrl = options.identity.authorityMetadataUrl?.(tenantId);
    if (metadataUrl) {
      auth.authorityMetadata = JSON.stringify(await fetchJson(metadataUrl));
      auth.cloudDiscoveryMetadata = cloudDiscoveryMetadata(options.identity.authorityHost);
    }
    return new ConfidentialClientApplication({ auth });
  };

  return (tenantId) => {
    let client = clients.get(tenantId);
    if (!client) {
      client = build(tenantId);
      client.catch(() => clients.delete(tenantId));
      clients.set(tenantId, client);
    }
    return client;
  };
};
