// OpenID Connect discovery as Entra ID publishes it: /{tenant}/v2.0/.well-known/openid-configuration and the keys.
import type { Hono } from 'hono';
import type { EmulatorContext } from '../context';
import { jwks } from '../tokens/keys';
import { EntraError, sendEntraError } from './entra-error';

const MULTI_TENANT = new Set(['common', 'organizations', 'consumers']);

/** The tenant id a path's {tenant} names (id, verified domain, or common/organizations), or null. */
export const tenantOf = (ctx: EmulatorContext, tenant: string): string | null => {
  const lowered = tenant.toLowerCase();
  if (lowered === ctx.tenantId || lowered === ctx.store.tenant.domain) return ctx.tenantId;
  return MULTI_TENANT.has(lowered) ? '{tenantid}' : null;
};

export const unknownTenant = (tenant: string): EntraError =>
  new EntraError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`);

export const openIdConfiguration = (ctx: EmulatorContext, tid: string): Record<string, unknown> => {
  const base = `${ctx.origin}/${tid}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${ctx.origin}/common/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${ctx.origin}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
};

export const registerDiscovery = (app: Hono, ctx: EmulatorContext): void => {
  app.get('/:tenant/v2.0/.well-known/openid-configuration', (c) => {
    const tid = tenantOf(ctx, c.req.param('tenant'));
    if (!tid) return sendEntraError(ctx, c, unknownTenant(c.req.param('tenant')));
    return c.json(openIdConfiguration(ctx, tid));
  });
  app.get('/:tenant/discovery/v2.0/keys', (c) => {
    if (!tenantOf(ctx, c.req.param('tenant'))) return sendEntraError(ctx, c, unknownTenant(c.req.param('tenant')));
    return c.json(jwks(ctx.key, ctx.origin));
  });
};
