// POST /{tenant}/oauth2/v2.0/token: client authentication, then the on-behalf-of, client-credentials and
// refresh-token grants, answered the way Entra ID answers them.
import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { GRAPH_RESOURCE, type EmulatorContext } from '../context';
import type { Person } from '../store/types';
import { clientInfo, mintAppGraphToken, mintDelegatedGraphToken, mintIdToken } from '../tokens/mint';
import { tenantOf, unknownTenant } from './discovery';
import { EntraError, missingParameter, sendEntraError } from './entra-error';
import { checkAssertion } from './on-behalf-of';
import { grantedScope, parseScopes, type RequestedScopes } from './scopes';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const LIFETIME_SECONDS = 3600;

const readForm = async (c: Context): Promise<Record<string, string>> => {
  const body = await c.req.parseBody().catch(() => ({}));
  return Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
};

/** client_secret_post or client_secret_basic. */
const authenticateClient = (ctx: EmulatorContext, c: Context, form: Record<string, string>): string => {
  const basic = /^Basic\s+(.+)$/i.exec(c.req.header('Authorization') ?? '');
  const [basicId, basicSecret] = basic ? Buffer.from(basic[1] ?? '', 'base64').toString('utf8').split(':').map(decodeURIComponent) : [];
  const clientId = form.client_id ?? basicId;
  const secret = form.client_secret ?? basicSecret;
  if (!clientId) throw missingParameter('client_id');
  if (clientId !== ctx.app.clientId) {
    throw new EntraError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${ctx.store.tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`);
  }
  if (!secret) throw new EntraError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  if (secret !== ctx.app.clientSecret) {
    throw new EntraError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`);
  }
  return clientId;
};

const userTokens = async (ctx: EmulatorContext, form: Record<string, string>, person: Person, clientId: string, scopes: RequestedScopes): Promise<Record<string, unknown>> => {
  const answer: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: grantedScope(scopes),
    expires_in: LIFETIME_SECONDS,
    ext_expires_in: LIFETIME_SECONDS,
    access_token: await mintDelegatedGraphToken(ctx, person, clientId),
  };
  if (scopes.oidc.has('offline_access')) {
    const refreshToken = `1.${randomBytes(48).toString('base64url')}`;
    ctx.store.refreshTokens.set(refreshToken, { userId: person.id, clientId });
    answer.refresh_token = refreshToken;
  }
  if (scopes.oidc.has('openid')) answer.id_token = await mintIdToken(ctx, person, clientId);
  if (form.client_info === '1') answer.client_info = clientInfo(ctx, person);
  return answer;
};

const grant = async (ctx: EmulatorContext, c: Context, form: Record<string, string>): Promise<Record<string, unknown>> => {
  const grantType = form.grant_type;
  if (!grantType) throw missingParameter('grant_type');
  const clientId = authenticateClient(ctx, c, form);
  if (grantType === JWT_BEARER) {
    if (!form.scope) throw missingParameter('scope');
    const scopes = parseScopes(ctx, form.scope, clientId);
    return userTokens(ctx, form, await checkAssertion(ctx, form, clientId), clientId, scopes);
  }
  if (grantType === 'client_credentials') {
    const scope = form.scope ?? '';
    if (scope !== `${GRAPH_RESOURCE}/.default`) {
      throw new EntraError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
    }
    return { token_type: 'Bearer', expires_in: LIFETIME_SECONDS, ext_expires_in: LIFETIME_SECONDS, access_token: await mintAppGraphToken(ctx, clientId) };
  }
  if (grantType === 'refresh_token') {
    const stored = form.refresh_token ? ctx.store.refreshTokens.get(form.refresh_token) : undefined;
    if (!form.refresh_token) throw missingParameter('refresh_token');
    const person = ctx.store.people.find((p) => p.id === stored?.userId);
    if (!stored || stored.clientId !== clientId || !person) throw new EntraError(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
    ctx.store.refreshTokens.delete(form.refresh_token);
    return userTokens(ctx, form, person, clientId, parseScopes(ctx, form.scope ?? `${GRAPH_RESOURCE}/.default offline_access`, clientId));
  }
  throw new EntraError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
};

export const registerTokenEndpoint = (app: Hono, ctx: EmulatorContext): void => {
  app.post('/:tenant/oauth2/v2.0/token', async (c) => {
    try {
      const tid = tenantOf(ctx, c.req.param('tenant'));
      if (!tid) throw unknownTenant(c.req.param('tenant'));
      const answer = await grant(ctx, c, await readForm(c));
      const correlation = c.req.header('client-request-id');
      return c.json(answer, 200, { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache', ...(correlation ? { 'client-request-id': correlation } : {}) });
    } catch (error) {
      if (error instanceof EntraError) return sendEntraError(ctx, c, error);
      throw error;
    }
  });
};
