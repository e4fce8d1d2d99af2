// The emulator's signing key: one RSA key pair per instance, published as a JWKS like Entra ID's discovery keys.
import { createHash } from 'node:crypto';
import { exportJWK, exportSPKI, generateKeyPair, type CryptoKey, type JWK } from 'jose';

export type SigningKey = { kid: string; privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK };

export const createSigningKey = async (): Promise<SigningKey> => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const spki = await exportSPKI(publicKey);
  // Entra's kid is the base64url SHA-1 thumbprint of the certificate; the public key's thumbprint has the same shape.
  const kid = createHash('sha1').update(spki).digest('base64url');
  const jwk = await exportJWK(publicKey);
  return { kid, privateKey, publicKey, publicJwk: { kty: 'RSA', use: 'sig', kid, x5t: kid, n: jwk.n, e: jwk.e } };
};

/** The JWKS document (Entra adds x5c certificates; this key has none). */
export const jwks = (key: SigningKey, origin: string): { keys: JWK[] } => ({
  keys: [{ ...key.publicJwk, issuer: `${origin}/{tenantid}/v2.0` } as JWK],
});
