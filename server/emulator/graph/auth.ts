// Graph's bearer-token check: only tokens this emulator signed for Microsoft Graph get through, and each failure is
// answered with the message Graph gives for it.
import type { MiddlewareHandler } from 'hono';
import { GRAPH_APP_ID, GRAPH_RESOURCE, type EmulatorContext } from '../context';
import { issuerV1, issuerV2 } from '../tokens/mint';
import { checkToken, type TokenProblem } from '../tokens/verify';
import type { GraphEnv, Principal } from './env';
import { GraphError } from './graph-error';

const MALFORMED =
  "IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact Serialization Format. (JWS): 'EncodedHeader.EncodedPayload.EncodedSignature'. (JWE): 'EncodedProtectedHeader.EncodedEncryptedKey.EncodedInitializationVector.EncodedCiphertext.EncodedAuthenticationTag'.";

const messages: Record<TokenProblem, string> = {
  malformed: MALFORMED,
  signature: 'Access token validation failure.',
  expired: 'Lifetime validation failed, the token is expired.',
  notYetValid: 'Lifetime validation failed, the token is not yet valid.',
  audience: 'Access token validation failure. Invalid audience.',
  issuer: 'Access token validation failure. Invalid issuer.',
};

const unauthorized = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message, {
    'WWW-Authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="${GRAPH_APP_ID}"`,
  });

export const graphAuth =
  (ctx: EmulatorContext): MiddlewareHandler<GraphEnv> =>
  async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const token = header.replace(/^Bearer\s*/i, '').trim();
    if (!token) throw unauthorized('Access token is empty.');
    const check = await checkToken(ctx, token, {
      audiences: [GRAPH_RESOURCE, `${GRAPH_RESOURCE}/`, GRAPH_APP_ID],
      issuers: [issuerV1(ctx, ctx.tenantId), issuerV2(ctx, ctx.tenantId)],
    });
    if (!check.ok) throw unauthorized(messages[check.problem]);
    const claims = check.claims;
    const appId = String(claims.appid ?? claims.azp ?? '');
    let principal: Principal;
    if (claims.idtyp === 'app' || typeof claims.scp !== 'string') {
      principal = { kind: 'app', appId, servicePrincipalId: String(claims.oid ?? ''), roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [] };
    } else {
      const person = ctx.store.people.find((p) => p.id === claims.oid);
      if (!person) throw unauthorized('Access token validation failure. The user does not exist in this tenant.');
      principal = { kind: 'user', person, appId, scopes: claims.scp.split(' ') };
    }
    c.set('principal', principal);
    await next();
  };
