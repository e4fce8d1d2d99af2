// Identity metadata: where tokens come from and where keys live. Entra ID in production; the emulator in demo mode.
// This is the only thing (besides base URLs) that differs between the two.

export type IdentityMetadata = {
  /** Issuers accepted for a tenant: Entra's v2.0 and v1.0 forms. */
  issuersFor: (tenantId: string) => string[];
  jwksUri: string;
  /** The authority host given to msal-node (always https). */
  authorityHost: string;
  /** For the emulator only: OpenID metadata of a tenant, handed to msal-node instead of discovering it. */
  authorityMetadataUrl?: (tenantId: string) => string;
};

export const entraIdentity: IdentityMetadata = {
  issuersFor: (tid) => [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`],
  jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
  authorityHost: 'https://login.microsoftonline.com',
};

/** The Graph + Entra emulator at `origin` (demo mode and tests). */
export const emulatorIdentity = (origin: string): IdentityMetadata => ({
  issuersFor: (tid) => [`${origin}/${tid}/v2.0`, `${origin}/sts/${tid}/`],
  jwksUri: `${origin}/common/discovery/v2.0/keys`,
  authorityHost: 'https://login.microsoftonline.com',
  authorityMetadataUrl: (tid) => `${origin}/${tid}/v2.0/.well-known/openid-configuration`,
});
