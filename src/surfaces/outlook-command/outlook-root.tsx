// Starts the Outlook command page: connects to Outlook through Office.js, then renders the pane in Outlook's theme and
// language with an API client signed in through Office's single sign-on. Until Outlook answers, and if it never does,
// it says so in the browser's language.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { ApiProvider, createApiClient } from '../../api';
import { apiOrigin } from '../../env';
import { connectOutlook, type OfficeHostTheme, type OutlookHost } from '../../host/office';
import { I18nProvider, contentLanguage, toIntlLocale, useT } from '../../i18n';
import { useAsync } from '../../lib/use-async';
import { LoadingState } from '../../ui/loading-state';
import { SurfaceFrame } from '../shared/surface-layout';
import { OutlookCheckinPane } from './outlook-checkin-pane';
import { PaneErrorState } from './pane-error-state';

/** Outlook's own look: Fluent's web themes, and Teams' high-contrast theme (the system colours) when forced. */
const themes: Record<OfficeHostTheme, Theme> = { default: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

const Connecting = () => {
  const t = useT();
  return <LoadingState label={t('outlook.connecting')} />;
};

const ConnectFailed = ({ error }: { error: unknown }) => {
  const t = useT();
  // Office.js starts once per page: trying again means loading the page again.
  return <PaneErrorState error={error} title={t('outlook.errorTitle')} onRetry={() => window.location.reload()} />;
};

const ConnectedPane = ({ host }: { host: OutlookHost }) => {
  const [theme, setTheme] = useState(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = contentLanguage(toIntlLocale(host.locale));
  }, [host.locale]);
  const api = useMemo(() => createApiClient(host.getToken, apiOrigin()), [host]);
  return (
    <I18nProvider locale={host.locale}>
      <SurfaceFrame theme={themes[theme]} layout="panel" themeName={theme}>
        <ApiProvider client={api}>
          <OutlookCheckinPane appointment={host.appointment} />
        </ApiProvider>
      </SurfaceFrame>
    </I18nProvider>
  );
};

export const OutlookRoot = () => {
  const host = useAsync(connectOutlook);
  if (host.status === 'ready') return <ConnectedPane host={host.value} />;
  return (
    <I18nProvider locale={navigator.language}>
      <SurfaceFrame theme={webLightTheme} layout="panel" themeName="default">
        {host.status === 'loading' ? <Connecting /> : <ConnectFailed error={host.error} />}
      </SurfaceFrame>
    </I18nProvider>
  );
};
