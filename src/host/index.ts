// The front end's only door to Teams and Outlook: everything else imports the host through this module.
export { initializeHost, onThemeChange, toHostTheme, type FrameContext, type HostContext, type HostName, type HostTheme } from './host-context';
export { HostError, isHostError, type HostErrorCode } from './host-error';
export { getSsoToken } from './sso';
export { canShareToStage, getMeetingDetails, isSharedToStage, shareToStage, stopSharingToStage, type HostMeetingDetails } from './meeting';
export { onConfigSave, setConfigValidity, type TabConfig } from './config-page';
export { fluentThemes, useHostTheme } from './use-host-theme';
