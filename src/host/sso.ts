// Teams/Outlook single sign-on through teams-js: the token our API accepts as a Bearer token.
import { authentication } from '@microsoft/teams-js';
import { HostError, describeHostFailure } from './host-error';

/** The signed-in user's SSO token for the Roundtable API. The host caches and renews it. */
export const getSsoToken = async (): Promise<string> => {
  try {
    return await authentication.getAuthToken();
  } catch (cause) {
    throw new HostError('sso_failed', `Single sign-on failed: ${describeHostFailure(cause)}`, { cause });
  }
};
