// The configurable tab's configuration page through teams-js (pages.config): validity, and what to save on Save.
import { pages } from '@microsoft/teams-js';
import { HostError, describeHostFailure } from './host-error';

/** What the tab asks the host to remember: the page each tab instance opens and its name. */
export type TabConfig = {
  entityId: string;
  contentUrl: string;
  websiteUrl?: string;
  suggestedDisplayName?: string;
};

/** Enables or disables the host's Save button. */
export const setConfigValidity = (isValid: boolean): void => {
  pages.config.setValidityState(isValid);
};

/**
 * When the user presses Save, asks `buildConfig` for the tab's settings, hands them to the host and reports the outcome.
 * `onError` hears about failures (the host is told too, so it keeps the dialog open).
 */
export const onConfigSave = (buildConfig: () => TabConfig | Promise<TabConfig>, onError: (error: HostError) => void): void => {
  pages.config.registerOnSaveHandler((saveEvent) => {
    void (async () => {
      try {
        await pages.config.setConfig(await buildConfig());
        saveEvent.notifySuccess();
      } catch (cause) {
        const error = new HostError('config_failed', `Saving the tab failed: ${describeHostFailure(cause)}`, { cause });
        saveEvent.notifyFailure(error.message);
        onError(error);
      }
    })();
  });
};
