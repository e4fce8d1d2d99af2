// Speaks to the Teams/Outlook host through @microsoft/teams-js: initialisation, the context, theme changes.
import { app } from '@microsoft/teams-js';
import { HostError, describeHostFailure } from './host-error';

/** Where the page runs: side panel, meeting stage, a tab's content (details, chat, personal) or its configuration page. */
export type FrameContext = 'sidePanel' | 'meetingStage' | 'content' | 'settings' | 'other';

export type HostTheme = 'default' | 'dark' | 'contrast';

/** 'Teams', 'Outlook', 'Office', … as the host names itself. */
export type HostName = 'Teams' | 'Outlook' | 'Office' | (string & {});

export type HostContext = {
  frameContext: FrameContext;
  hostName: HostName;
  theme: HostTheme;
  /** BCP 47 tag as the host gives it, e.g. "en-us". */
  locale: string;
  /** Entra object id of the signed-in user. */
  userId: string;
  tenantId: string;
  meetingId?: string;
  chatId?: string;
  loginHint?: string;
  /** The deep link's sub-page (teams-js `page.subPageId`, the legacy `subEntityId`), e.g. 'praise' for "Praise for you". */
  subPageId?: string;
};

const frameContexts: readonly FrameContext[] = ['sidePanel', 'meetingStage', 'content', 'settings'];

export const toFrameContext = (value: string | undefined): FrameContext =>
  frameContexts.find((known) => known === value) ?? 'other';

export const toHostTheme = (value: string | undefined): HostTheme => (value === 'dark' || value === 'contrast' ? value : 'default');

const isFramed = (): boolean => window.parent !== window || window.opener !== null;

/** Initialises teams-js and reads the context once. Rejects with HostError when the page is not inside a host. */
export const initializeHost = async (): Promise<HostContext> => {
  if (!isFramed()) throw new HostError('not_in_host', 'This page runs inside Microsoft Teams or Outlook.');
  let context: app.Context;
  try {
    await app.initialize();
    context = await app.getContext();
  } catch (cause) {
    throw new HostError('initialize_failed', `The host did not start the app: ${describeHostFailure(cause)}`, { cause });
  }
  // Tell the host we rendered, so it drops its own loading indicator.
  void app.notifySuccess().catch(() => undefined);
  return {
    frameContext: toFrameContext(context.page.frameContext),
    hostName: context.app.host.name,
    theme: toHostTheme(context.app.theme),
    locale: context.app.locale || navigator.language,
    userId: context.user?.id ?? '',
    tenantId: context.user?.tenant?.id ?? '',
    meetingId: context.meeting?.id,
    chatId: context.chat?.id,
    loginHint: context.user?.loginHint,
    subPageId: context.page.subPageId || undefined,
  };
};

const themeListeners = new Set<(theme: HostTheme) => void>();
let isThemeHandlerRegistered = false;

/** Calls `listener` whenever the user switches the host's theme; returns a function that stops listening. */
export const onThemeChange = (listener: (theme: HostTheme) => void): (() => void) => {
  themeListeners.add(listener);
  if (!isThemeHandlerRegistered) {
    // teams-js keeps a single handler: register one that fans out to every listener.
    app.registerOnThemeChangeHandler((theme) => themeListeners.forEach((notify) => notify(toHostTheme(theme))));
    isThemeHandlerRegistered = true;
  }
  return () => {
    themeListeners.delete(listener);
  };
};
