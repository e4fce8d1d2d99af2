// The on-behalf-of grant: checks the assertion (a Teams SSO token for Roundtable) as Entra ID does — signature,
// lifetime, audience, tenant, scope — and exchanges it for a delegated Microsoft Graph token.
import type { JWTPayload } from 'jose';
import type { EmulatorContext } from '../context';
import type { Person } from '../store/types';
import { issuerV1, issuerV2 } from '../tokens/mint';
import { checkToken } from '../tokens/verify';
import { EntraError, missingParameter } from './entra-error';

const invalidGrant = (aadsts: number, description: string): EntraError => new EntraError(400, 'invalid_grant', aadsts, description);

const unverifiedClaims = (token: string): JWTPayload => {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as JWTPayload;
  } catch {
    return {};
  }
};

const unverifiedKid = (token: string): string => {
  try {
    return String((JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { kid?: unknown }).kid ?? '');
  } catch {
    return '';
  }
};

const at = (seconds: unknown): string => (typeof seconds === 'number' ? new Date(seconds * 1000).toISOString().replace('.000Z', '.0000000Z') : 'unknown');

/** The person on whose behalf Roundtable asks, once the assertion has passed every check. */
export const checkAssertion = async (ctx: EmulatorContext, form: Record<string, string>, clientId: string): Promise<Person> => {
  if (form.requested_token_use !== 'on_behalf_of') throw missingParameter('requested_token_use');
  const assertion = form.assertion;
  if (!assertion) throw missingParameter('assertion');
  const claimed = unverifiedClaims(assertion);
  const tid = typeof claimed.tid === 'string' ? claimed.tid : ctx.tenantId;
  const check = await checkToken(ctx, assertion, { audiences: [clientId, ctx.app.appIdUri], issuers: [issuerV2(ctx, tid), issuerV1(ctx, tid)] });
  if (!check.ok) {
    switch (check.problem) {
      case 'malformed':
        throw new EntraError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
      case 'signature':
        throw invalidGrant(50013, `Assertion failed signature validation. [Reason - The key was not found., Thumbprint of key used by client: '${unverifiedKid(assertion)}']`);
      case 'expired':
      case 'notYetValid':
        throw invalidGrant(500133, `Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token. Current time: ${ctx.now().toISOString().replace('.000Z', '.0000000Z')}, expiry time of assertion ${at(claimed.exp)}.`);
      case 'audience':
        throw invalidGrant(500131, `Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '${String(claimed.aud)}' and the expected audience is '${clientId}' or one of the Application Uris of this application with App ID '${clientId}'(Roundtable). The downstream client must request a token for the expected audience (the application that made the OBO request) and this application should use that token as the assertion.`);
      case 'issuer':
        throw invalidGrant(50013, 'Assertion failed signature validation. [Reason - The issuer of the assertion is not valid for its tenant.]');
    }
  }
  const claims = check.claims;
  const person = ctx.store.people.find((p) => p.id === claims.oid);
  if (claims.tid !== ctx.tenantId || !person) {
    throw invalidGrant(50020, `User account '${String(claims.upn ?? claims.preferred_username ?? claims.oid)}' from identity provider '${String(claims.iss)}' does not exist in tenant '${ctx.store.tenant.displayName}' and cannot access the application '${clientId}'(Roundtable) in that tenant. The account needs to be added as an external user in the tenant first.`);
  }
  const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
  if (!scopes.includes('access_as_user')) {
    throw invalidGrant(50013, "Assertion is not valid for the on-behalf-of flow. [Reason - The assertion does not carry the 'access_as_user' scope of this application.]");
  }
  return person;
};
