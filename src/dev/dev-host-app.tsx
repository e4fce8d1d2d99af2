// The dev host page (demo mode only): controls on the left, the chosen Roundtable surface framed in a stand-in for
// Teams or Outlook, and the host console. It answers the tab's teams-js calls itself; it never loads teams-js.
import { Caption1, FluentProvider, Title3, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { I18nProvider } from '../i18n';
import { useAsync } from '../lib/use-async';
import { ErrorState } from '../ui/error-state';
import { LoadingState } from '../ui/loading-state';
import type { HostChange } from './answer-teams-call';
import { chromeTheme } from './chrome-theme';
import { fetchPeople, fetchToken, loadSession, type DevPerson } from './dev-api';
import { DevControls } from './dev-controls';
import type { DevSettings } from './dev-settings';
import { applyHostChange, beforeSave, freshFrame } from './frame-state';
import { HostChrome } from './host-chrome';
import { HostConsole } from './host-console';
import { surfaceSpecs } from './surfaces';
import type { HostEnvironment } from './teams-wire';
import { useDevSettings } from './use-dev-settings';
import { useDevT } from './use-dev-t';
import { useTeamsHost } from './use-teams-host';

const useStaticStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(220px, 280px) minmax(0, 1fr)',
    gridTemplateRows: 'auto 1fr',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    padding: tokens.spacingHorizontalXL,
    boxSizing: 'border-box',
  },
  header: { gridColumn: '1 / -1', display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  heading: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  wide: { gridColumn: '1 / -1' },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

/** Settings whose change means a new page load in the frame (a new context); the theme changes live instead. */
const reloadingKeys: (keyof DevSettings)[] = ['surface', 'upn', 'meeting', 'host', 'locale'];

const Workspace = ({ people, settings, onSettings }: { people: DevPerson[]; settings: DevSettings; onSettings: (change: Partial<DevSettings>) => void }) => {
  const t = useDevT();
  const styles = useStyles();
  const person = people.find((candidate) => candidate.upn.toLowerCase() === settings.upn?.toLowerCase()) ?? people[0];
  const loadPersonSession = useCallback(
    () => (person ? loadSession(people, person, settings.meeting) : Promise.reject(new Error('The demo tenant has no people.'))),
    [people, person, settings.meeting],
  );
  const session = useAsync(loadPersonSession);
  const [frame, setFrame] = useState(() => freshFrame(0));
  const frameRef = useRef<HTMLIFrameElement>(null);
  const spec = surfaceSpecs[settings.surface];

  const ready = session.status === 'ready' ? session.value : null;
  const environment = useMemo<HostEnvironment | null>(
    () =>
      ready && {
        frameContext: spec.frameContext,
        isMeetingSurface: spec.isMeetingSurface,
        hostName: settings.host,
        theme: settings.theme,
        locale: settings.locale,
        session: ready,
        appSessionId: frame.appSessionId,
        isSharingToStage: frame.isSharingToStage,
        savedConfig: frame.savedConfig,
        getToken: () => fetchToken(ready.person.upn),
        subPageId: settings.view,
      },
    [ready, spec, settings.host, settings.theme, settings.locale, settings.view, frame.appSessionId, frame.isSharingToStage, frame.savedConfig],
  );

  const onHostChange = useCallback((change: HostChange) => setFrame((current) => applyHostChange(current, change)), []);

  const host = useTeamsHost(frameRef, environment, onHostChange);

  const onChange = (change: Partial<DevSettings>) => {
    if (reloadingKeys.some((key) => key in change && change[key] !== settings[key])) setFrame((current) => freshFrame(current.load + 1));
    onSettings(change);
    // Teams tells an open tab about a theme switch with a themeChange event; the page does not reload.
    if (change.theme && change.theme !== settings.theme) host.sendEvent('themeChange', [change.theme]);
  };
  const reload = () => setFrame((current) => freshFrame(current.load + 1));
  const save = () => {
    setFrame(beforeSave);
    host.sendEvent('settings.save', [{}]);
  };

  const frameKey = [settings.surface, person?.upn, settings.meeting, settings.host, settings.locale, frame.load].join('|');
  const surfaceName = t(`dev.surface.${settings.surface}`);

  return (
    <>
      <aside aria-label={t('dev.controls')}>
        <DevControls settings={settings} people={people} session={ready} onChange={onChange} onReload={reload} />
      </aside>
      <div className={styles.main}>
        {session.status === 'loading' && <LoadingState label={t('dev.sessionLoading', { name: person?.displayName ?? '' })} />}
        {session.status === 'error' && <ErrorState error={session.error} title={t('dev.sessionErrorTitle')} onRetry={session.retry} />}
        {session.status === 'ready' && (
          <HostChrome
            settings={settings}
            session={session.value}
            config={frame.config}
            stageShareUrl={frame.stageShareUrl}
            onSave={save}
            onSwitchSurface={(surface) => onChange({ surface })}
            renderFrame={(className) => (
              <iframe
                key={frameKey}
                ref={frameRef}
                src={spec.path}
                title={t('dev.frameTitle', { surface: surfaceName })}
                name="roundtable-surface"
                className={className}
                data-testid="surface-frame"
                data-surface={settings.surface}
              />
            )}
          />
        )}
        <HostConsole log={host.log} onClear={host.clearLog} />
      </div>
    </>
  );
};

export const DevHostApp = () => {
  useStaticStyles();
  const [settings, updateSettings] = useDevSettings();
  const styles = useStyles();
  return (
    <FluentProvider theme={chromeTheme(settings.host, settings.theme)} className={styles.provider}>
      <I18nProvider locale="en-US">
        <DevHostPage>
          <People settings={settings} onSettings={updateSettings} />
        </DevHostPage>
      </I18nProvider>
    </FluentProvider>
  );
};

const People = ({ settings, onSettings }: { settings: DevSettings; onSettings: (change: Partial<DevSettings>) => void }) => {
  const t = useDevT();
  const people = useAsync(fetchPeople);
  const styles = useStyles();
  if (people.status === 'loading') {
    return (
      <div className={styles.wide}>
        <LoadingState label={t('dev.loadingPeople')} />
      </div>
    );
  }
  if (people.status === 'error') {
    return (
      <div className={styles.wide}>
        <ErrorState error={people.error} title={t('dev.peopleErrorTitle')} onRetry={people.retry} />
      </div>
    );
  }
  return <Workspace people={people.value} settings={settings} onSettings={onSettings} />;
};

const DevHostPage = ({ children }: { children: ReactNode }) => {
  const t = useDevT();
  const styles = useStyles();
  return (
    <main className={styles.page} aria-label={t('dev.title')}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          {t('dev.title')}
        </Title3>
        <Caption1 className={styles.subtitle}>{t('dev.subtitle')}</Caption1>
      </header>
      {children}
    </main>
  );
};
