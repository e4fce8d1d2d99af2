// The scope parameter of a token request: OpenID scopes plus Microsoft Graph scopes (".default" or named ones).
import { DELEGATED_SCOPES, GRAPH_RESOURCE, type EmulatorContext } from '../context';
import { EntraError } from './entra-error';

const OIDC = new Set(['openid', 'profile', 'email', 'offline_access']);

export type RequestedScopes = { oidc: Set<string>; graph: string[] };

export const parseScopes = (ctx: EmulatorContext, scope: string, clientId: string): RequestedScopes => {
  const oidc = new Set<string>();
  const graph: string[] = [];
  for (const item of scope.split(/\s+/).filter(Boolean)) {
    if (OIDC.has(item)) {
      oidc.add(item);
      continue;
    }
    const resourceScope = item.startsWith(`${GRAPH_RESOURCE}/`) ? item.slice(GRAPH_RESOURCE.length + 1) : item.includes('/') ? null : item;
    if (resourceScope === null) {
      const resource = item.slice(0, item.lastIndexOf('/'));
      throw new EntraError(400, 'invalid_resource', 500011, `The resource principal named ${resource} was not found in the tenant named ${ctx.store.tenant.displayName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`);
    }
    if (resourceScope !== '.default' && !DELEGATED_SCOPES.includes(resourceScope)) {
      throw new EntraError(400, 'invalid_grant', 65001, `The user or administrator has not consented to use the application with ID '${clientId}' named 'Roundtable'. Send an interactive authorization request for this user and resource.`);
    }
    graph.push(resourceScope);
  }
  if (graph.length === 0) throw new EntraError(400, 'invalid_scope', 70011, `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`);
  return { oidc, graph };
};

/** Graph's granted scopes as Entra lists them in a v2.0 token response. */
export const grantedScope = (requested: RequestedScopes): string => {
  const oidc = requested.oidc.has('openid') ? ['profile', 'openid', 'email'] : [...requested.oidc].filter((s) => s !== 'offline_access');
  return [...DELEGATED_SCOPES, ...oidc].join(' ');
};
