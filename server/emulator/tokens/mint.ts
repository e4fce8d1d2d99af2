// Tokens as Entra ID issues them: Teams SSO tokens for Roundtable (v1.0 and v2.0), delegated and app-only
// Microsoft Graph tokens, and ID tokens. All signed RS256 with the emulator's key.
import { SignJWT, type JWTPayload } from 'jose';
import { APP_DISPLAY_NAME, APPLICATION_ROLES, DELEGATED_SCOPES, GRAPH_RESOURCE, TEAMS_CLIENT_ID, type EmulatorContext } from '../context';
import { digest, guidFrom } from '../ids';
import type { Person } from '../store/types';
import type { SsoTokenOverrides } from '../types';

const HOUR_SECONDS = 3600;

export const issuerV2 = (ctx: EmulatorContext, tid: string): string => `${ctx.origin}/${tid}/v2.0`;
export const issuerV1 = (ctx: EmulatorContext, tid: string): string => `${ctx.origin}/sts/${tid}/`;
export const servicePrincipalId = (clientId: string): string => guidFrom('service-principal', clientId);

const opaque = (...parts: string[]): string => digest('opaque', ...parts).toString('base64url');

const sign = (ctx: EmulatorContext, claims: JWTPayload, extraHeader: Record<string, string> = {}): Promise<string> =>
  new SignJWT(claims).setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid: ctx.key.kid, ...extraHeader }).sign(ctx.key.privateKey);

const lifetime = (ctx: EmulatorContext, expiresIn = HOUR_SECONDS, notBefore = 0): { iat: number; nbf: number; exp: number } => {
  const now = Math.floor(ctx.now().getTime() / 1000);
  const exp = now + expiresIn;
  // An already-expired token looks like an ordinary one-hour token issued an hour before it expired.
  const iat = exp > now ? now : exp - HOUR_SECONDS;
  return { iat, nbf: notBefore === 0 ? iat : now + notBefore, exp };
};

/** The SSO token Teams' getAuthToken returns for Roundtable. */
export const mintSsoToken = (ctx: EmulatorContext, person: Person, overrides: SsoTokenOverrides = {}): Promise<string> => {
  const tid = overrides.tid ?? ctx.tenantId;
  const version = overrides.version ?? '2.0';
  const times = lifetime(ctx, overrides.expiresInSeconds, overrides.notBeforeSeconds);
  const common = {
    aio: opaque('aio', person.id, String(times.iat)),
    name: person.displayName,
    oid: person.id,
    rh: opaque('rh', person.id),
    scp: overrides.scp ?? 'access_as_user',
    sub: digest('sub', person.id, ctx.app.clientId).subarray(0, 32).toString('base64url'),
    tid,
    uti: opaque('uti', person.id, String(times.iat)).slice(0, 22),
    ...times,
  };
  if (version === '1.0') {
    return sign(ctx, {
      aud: overrides.aud ?? ctx.app.appIdUri,
      iss: overrides.iss ?? issuerV1(ctx, tid),
      acr: '1',
      amr: ['pwd'],
      appid: TEAMS_CLIENT_ID,
      appidacr: '0',
      family_name: person.surname,
      given_name: person.givenName,
      ipaddr: '203.0.113.10',
      preferred_username: person.upn,
      unique_name: person.upn,
      upn: person.upn,
      ver: '1.0',
      ...common,
    });
  }
  return sign(ctx, {
    aud: overrides.aud ?? ctx.app.clientId,
    iss: overrides.iss ?? issuerV2(ctx, tid),
    azp: TEAMS_CLIENT_ID,
    azpacr: '0',
    preferred_username: person.upn,
    ver: '2.0',
    ...common,
  });
};

/** A delegated Graph token for `person`, issued to `clientId` (what on-behalf-of returns). */
export const mintDelegatedGraphToken = (ctx: EmulatorContext, person: Person, clientId = ctx.app.clientId): Promise<string> => {
  const times = lifetime(ctx);
  return sign(
    ctx,
    {
      aud: GRAPH_RESOURCE,
      iss: issuerV1(ctx, ctx.tenantId),
      ...times,
      acct: 0,
      acr: '1',
      amr: ['pwd'],
      app_displayname: APP_DISPLAY_NAME,
      appid: clientId,
      appidacr: '1',
      family_name: person.surname,
      given_name: person.givenName,
      idtyp: 'user',
      ipaddr: '203.0.113.10',
      name: person.displayName,
      oid: person.id,
      platf: '3',
      puid: digest('puid', person.id).toString('hex').slice(0, 16).toUpperCase(),
      rh: opaque('rh', person.id),
      scp: [...DELEGATED_SCOPES, 'openid', 'profile', 'email'].join(' '),
      sub: opaque('graph-sub', person.id).slice(0, 43),
      tenant_region_scope: 'EU',
      tid: ctx.tenantId,
      unique_name: person.upn,
      upn: person.upn,
      uti: opaque('uti', person.id, String(times.iat)).slice(0, 22),
      ver: '1.0',
    },
    // Graph access tokens carry a nonce header: only Graph itself can validate them.
    { nonce: opaque('nonce', person.id, String(times.iat)).slice(0, 43) },
  );
};

/** An app-only Graph token (client credentials). */
export const mintAppGraphToken = (ctx: EmulatorContext, clientId = ctx.app.clientId): Promise<string> => {
  const times = lifetime(ctx);
  const sp = servicePrincipalId(clientId);
  return sign(
    ctx,
    {
      aud: GRAPH_RESOURCE,
      iss: issuerV1(ctx, ctx.tenantId),
      ...times,
      aio: opaque('aio', sp, String(times.iat)),
      app_displayname: APP_DISPLAY_NAME,
      appid: clientId,
      appidacr: '1',
      idp: issuerV1(ctx, ctx.tenantId),
      idtyp: 'app',
      oid: sp,
      rh: opaque('rh', sp),
      roles: APPLICATION_ROLES,
      sub: sp,
      tenant_region_scope: 'EU',
      tid: ctx.tenantId,
      uti: opaque('uti', sp, String(times.iat)).slice(0, 22),
      ver: '1.0',
    },
    { nonce: opaque('nonce', sp, String(times.iat)).slice(0, 43) },
  );
};

/** The v2.0 ID token returned beside an access token when `openid` is requested. */
export const mintIdToken = (ctx: EmulatorContext, person: Person, clientId: string): Promise<string> =>
  sign(ctx, {
    aud: clientId,
    iss: issuerV2(ctx, ctx.tenantId),
    ...lifetime(ctx),
    name: person.displayName,
    oid: person.id,
    preferred_username: person.upn,
    rh: opaque('rh', person.id),
    sub: digest('sub', person.id, clientId).subarray(0, 32).toString('base64url'),
    tid: ctx.tenantId,
    uti: opaque('uti-id', person.id).slice(0, 22),
    ver: '2.0',
  });

/** client_info: base64url JSON {uid, utid}, which msal uses for the home account id. */
export const clientInfo = (ctx: EmulatorContext, person: Person): string =>
  Buffer.from(JSON.stringify({ uid: person.id, utid: ctx.tenantId })).toString('base64url');
