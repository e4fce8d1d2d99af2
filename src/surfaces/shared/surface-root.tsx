// Starts a surface: connects to the host, then renders the surface in the host's theme and locale with an API
// client signed in through SSO. Before the host answers, and if it never does, it says so in the browser's language.
import { teamsLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, type ComponentType } from 'react';
import { ApiProvider, createApiClient } from '../../api';
import { apiOrigin } from '../../env';
import { getSsoToken, initializeHost, useHostTheme, type FrameContext, type HostContext } from '../../host';
import { I18nProvider, contentLanguage, toIntlLocale, useT } from '../../i18n';
import { useAsync } from '../../lib/use-async';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { HostContextProvider } from './host-context-provider';
import { SurfaceFrame, type SurfaceLayout } from './surface-layout';

export type SurfaceRootProps = {
  /** The surface itself; it reads the host context with useHostContext(). */
  surface: ComponentType;
  layout: SurfaceLayout;
  /**
   * Teams loads a configurable tab's one content URL in every meeting frame; a frame context listed here sends the
   * page to the entry built for it (e.g. the details page opened in the side panel goes to side-panel.html).
   */
  redirects?: Partial<Record<FrameContext, string>>;
};

const Connecting = () => {
  const t = useT();
  return <LoadingState label={t('host.connecting')} />;
};

/** teams-js cannot be initialised twice in one page: trying again means loading the page again. */
const HostFailed = ({ error }: { error: unknown }) => {
  const t = useT();
  return <ErrorState error={error} title={t('host.errorTitle')} onRetry={() => window.location.reload()} />;
};

const HostedSurface = ({ context, surface: Surface, layout, redirects }: SurfaceRootProps & { context: HostContext }) => {
  const { hostTheme, fluentTheme } = useHostTheme(context.theme);
  const api = useMemo(() => createApiClient(getSsoToken, apiOrigin()), []);
  const redirect = redirects?.[context.frameContext];

  useEffect(() => {
    // Words come from the catalogue (English when there is none for the locale); dates and times use the locale.
    document.documentElement.lang = contentLanguage(toIntlLocale(context.locale));
  }, [context.locale]);
  useEffect(() => {
    if (redirect) window.location.replace(`${redirect}${window.location.search}${window.location.hash}`);
  }, [redirect]);

  return (
    <I18nProvider locale={context.locale}>
      <SurfaceFrame theme={fluentTheme} layout={layout} themeName={hostTheme}>
        <ApiProvider client={api}>
          <HostContextProvider value={context}>{redirect ? <Connecting /> : <Surface />}</HostContextProvider>
        </ApiProvider>
      </SurfaceFrame>
    </I18nProvider>
  );
};

export const SurfaceRoot = (props: SurfaceRootProps) => {
  const host = useAsync(initializeHost);
  if (host.status === 'ready') return <HostedSurface {...props} context={host.value} />;
  return (
    <I18nProvider locale={navigator.language}>
      <SurfaceFrame theme={teamsLightTheme} layout={props.layout} themeName="default">
        {host.status === 'loading' ? <Connecting /> : <HostFailed error={host.error} />}
      </SurfaceFrame>
    </I18nProvider>
  );
};
