// Verifies the Teams SSO token (authentication.getAuthToken) sent to our API, as Entra ID issues it.
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AppError } from '../errors';
import { createTtlCache } from '../lib/ttl-cache';
import type { VerifiedUser } from '../services/ports';
import type { IdentityMetadata } from './identity';

export type SsoVerifierOptions = {
  clientId: string;
  /** api://<domain>/<client id>: the audience of v1.0 tokens. */
  appIdUri: string;
  /** Tenants whose people may use this deployment. */
  allowedTenants: readonly string[];
  identity: IdentityMetadata;
  /** Key source; defaults to the identity's JWKS (fetched, cached and refreshed by jose). */
  keys?: JWTVerifyGetKey;
  clockToleranceSeconds?: number;
  now?: () => Date;
};

export type SsoVerifier = (token: string | undefined) => Promise<VerifiedUser>;

const REQUIRED_SCOPE = 'access_as_user';

/**
 * A verified token is remembered (by its SHA-256) for a few minutes, never past its expiry: a live meeting's panels
 * send the same token with every answer and tap, and an RS256 verification costs far more than the request itself.
 */
const VERIFIED_TTL_MS = 5 * 60_000;

/** RFC 6750: a challenge on every 401, with the reason when a token was sent. */
export const unauthenticated = (description: string, tokenSent = true): AppError =>
  new AppError('unauthenticated', description, {
    headers: {
      'WWW-Authenticate': tokenSent
        ? `Bearer realm="roundtable", error="invalid_token", error_description="${description.replace(/"/g, "'")}"`
        : 'Bearer realm="roundtable"',
    },
  });

const readClaims = (token: string): JWTPayload => {
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== 'RS256') throw unauthenticated(`Token algorithm ${String(header.alg)} is not accepted.`);
    return decodeJwt(token);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unauthenticated('The token is not a well-formed JWT.');
  }
};

const claimString = (claims: JWTPayload, name: string): string | undefined => {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

export const createSsoVerifier = (options: SsoVerifierOptions): SsoVerifier => {
  const keys = options.keys ?? createRemoteJWKSet(new URL(options.identity.jwksUri));
  const allowed = new Set(options.allowedTenants.map((t) => t.toLowerCase()));
  const now = () => (options.now ? options.now() : new Date()).getTime();
  const verified = createTtlCache<VerifiedUser>({ ttlMs: VERIFIED_TTL_MS, maxEntries: 20_000, now });

  return async (token) => {
    if (!token) throw unauthenticated('Sign-in required: send the Teams SSO token as a Bearer token.', false);
    const key = createHash('sha256').update(token).digest('base64url');
    const known = verified.get(key);
    if (known) return known;
    // Cheap checks on the unverified token first, so a foreign issuer never makes us fetch keys.
    const unverified = readClaims(token);
    const tenantId = claimString(unverified, 'tid');
    if (!tenantId || !allowed.has(tenantId.toLowerCase())) throw unauthenticated('This tenant is not allowed to use this app.');
    const issuers = options.identity.issuersFor(tenantId);
    if (!issuers.includes(String(unverified.iss))) throw unauthenticated('The token was not issued by Microsoft Entra ID for this tenant.');

    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer: issuers,
        audience: [options.clientId, options.appIdUri],
        clockTolerance: options.clockToleranceSeconds ?? 300,
        ...(options.now ? { currentDate: options.now() } : {}),
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired.');
      if (error instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`The token's ${error.claim} claim is not accepted.`);
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('The token signature is not valid.');
      throw error;
    }

    const scopes = (claimString(claims, 'scp') ?? '').split(' ');
    if (!scopes.includes(REQUIRED_SCOPE)) throw unauthenticated(`The token lacks the ${REQUIRED_SCOPE} scope.`);
    const id = claimString(claims, 'oid');
    if (!id) throw unauthenticated('The token names no user.');
    const user: VerifiedUser = {
      id,
      tenantId,
      displayName: claimString(claims, 'name') ?? '',
      upn: claimString(claims, 'preferred_username') ?? claimString(claims, 'upn') ?? claimString(claims, 'unique_name') ?? '',
      ssoToken: token,
    };
    // Valid until `exp` (jwtVerify checked it is there): the cache must not outlive the token.
    if (typeof claims.exp === 'number') verified.set(key, user, claims.exp * 1000 - now());
    return user;
  };
};
