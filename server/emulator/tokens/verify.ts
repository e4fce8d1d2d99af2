// Checks a token this emulator signed and says precisely what is wrong with it, so Graph and the token endpoint can
// answer with the error Microsoft's services give for that case.
import { compactVerify, decodeProtectedHeader, type JWTPayload } from 'jose';
import type { EmulatorContext } from '../context';

export type TokenProblem = 'malformed' | 'signature' | 'expired' | 'notYetValid' | 'audience' | 'issuer';
export type TokenCheck = { ok: true; claims: JWTPayload & Record<string, unknown> } | { ok: false; problem: TokenProblem; claims?: JWTPayload };

/** Entra tolerates five minutes of clock skew. */
const SKEW_SECONDS = 300;

export const checkToken = async (
  ctx: EmulatorContext,
  token: string,
  expect: { audiences: string[]; issuers: string[] },
): Promise<TokenCheck> => {
  if (token.split('.').length !== 3) return { ok: false, problem: 'malformed' };
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== 'RS256') return { ok: false, problem: 'signature' };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  let claims: JWTPayload & Record<string, unknown>;
  try {
    const { payload } = await compactVerify(token, ctx.key.publicKey);
    claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload & Record<string, unknown>;
  } catch (error) {
    const isBadSignature = error instanceof Error && /signature/i.test(error.message);
    return { ok: false, problem: isBadSignature ? 'signature' : 'malformed' };
  }
  const now = Math.floor(ctx.now().getTime() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp + SKEW_SECONDS <= now) return { ok: false, problem: 'expired', claims };
  if (typeof claims.nbf === 'number' && claims.nbf - SKEW_SECONDS > now) return { ok: false, problem: 'notYetValid', claims };
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.some((aud) => typeof aud === 'string' && expect.audiences.includes(aud))) return { ok: false, problem: 'audience', claims };
  if (typeof claims.iss !== 'string' || !expect.issuers.includes(claims.iss)) return { ok: false, problem: 'issuer', claims };
  return { ok: true, claims };
};
