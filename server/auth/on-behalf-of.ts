// Exchanges a person's SSO token for a delegated Microsoft Graph token (OAuth 2.0 on-behalf-of) with @azure/msal-node.
// msal-node caches tokens per assertion, so repeated calls in one session do not go back to Entra ID.
import { InteractionRequiredAuthError } from '@azure/msal-node';
import { AppError } from '../errors';
import type { VerifiedUser } from '../services/ports';
import { createConfidentialClients, type ConfidentialClientOptions } from './confidential-clients';

export type OnBehalfOfOptions = ConfidentialClientOptions & {
  /** Graph scopes; `.default` = whatever the admin consented to. */
  scopes?: string[];
};

export type GraphTokenSource = (user: VerifiedUser) => Promise<string>;

export const createOnBehalfOf = (options: OnBehalfOfOptions): GraphTokenSource => {
  const clientFor = createConfidentialClients(options);
  const scopes = options.scopes ?? ['https://graph.microsoft.com/.default'];
  return async (user) => {
    try {
      const result = await (await clientFor(user.tenantId)).acquireTokenOnBehalfOf({ oboAssertion: user.ssoToken, scopes });
      if (!result?.accessToken) throw new Error('Entra ID returned no access token');
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        throw new AppError('consent_required', 'Roundtable needs your consent to read your meetings in Microsoft 365.', { cause: error });
      }
      throw new AppError('identity_unavailable', 'Could not get a Microsoft Graph token from Microsoft Entra ID.', { cause: error });
    }
  };
};
