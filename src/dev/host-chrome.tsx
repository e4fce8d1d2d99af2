// What surrounds the tab: a stand-in for the Teams or Outlook window, shaped like the frame each surface gets
// (a 320 px side panel beside the meeting, a wide stage, a meeting tab, the add-a-tab dialog, a personal app).
import { Button, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, Text, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { AddTabDialog } from './add-tab-dialog';
import { useChromeStyles } from './chrome-styles';
import type { DevSession } from './dev-api';
import type { DevSettings } from './dev-settings';
import type { ConfigState } from './frame-state';
import { MeetingWindow } from './meeting-window';
import { OutlookAppointment } from './outlook-appointment';
import { useDevT } from './use-dev-t';

export type HostChromeProps = {
  settings: DevSettings;
  session: DevSession;
  renderFrame: (className: string) => ReactNode;
  config: ConfigState;
  stageShareUrl: string | null;
  onSave: () => void;
  onSwitchSurface: (surface: DevSettings['surface']) => void;
};

export const HostChrome = ({ settings, session, renderFrame, config, stageShareUrl, onSave, onSwitchSurface }: HostChromeProps) => {
  const t = useDevT();
  const styles = useChromeStyles();
  const meeting = session.meeting;
  const isOutlook = settings.host === 'Outlook';
  const place = settings.surface === 'personal' ? t('dev.chrome.app') : (meeting?.subject ?? t('dev.chrome.noMeeting'));
  const frame = (size: string) => renderFrame(mergeClasses(styles.frame, size));

  const body = (() => {
    switch (settings.surface) {
      case 'sidePanel':
        return <MeetingWindow meeting={meeting} panel={frame(styles.panelFrame)} />;
      case 'stage':
        return frame(styles.wideFrame);
      case 'details':
        return (
          <>
            <TabList className={styles.tabs} selectedValue="app" size="small">
              <Tab value="chat" disabled>
                {t('dev.chrome.chat')}
              </Tab>
              <Tab value="details" disabled>
                {t('dev.chrome.details')}
              </Tab>
              <Tab value="app">{t('dev.chrome.app')}</Tab>
            </TabList>
            {frame(styles.panelFrame)}
          </>
        );
      case 'config':
        return <AddTabDialog config={config} page={frame(styles.dialogFrame)} onSave={onSave} onOpenTab={() => onSwitchSurface('details')} />;
      case 'appointment':
        return <OutlookAppointment session={session} theme={settings.theme} locale={settings.locale} />;
      case 'personal':
        return (
          <div className={styles.row}>
            <div className={styles.rail} />
            <div className={styles.column}>
              <TabList className={styles.tabs} selectedValue="home" size="small">
                <Tab value="home">{t('dev.chrome.home')}</Tab>
              </TabList>
              {frame(styles.wideFrame)}
            </div>
          </div>
        );
    }
  })();

  return (
    <div className={styles.window} data-testid="host-chrome" data-host={settings.host}>
      <div className={styles.titleBar}>
        <Text weight="semibold">{isOutlook ? t('dev.chrome.outlook') : t('dev.chrome.teams')}</Text>
        <Text className={styles.titleText}>{place}</Text>
      </div>
      {isOutlook && settings.surface !== 'personal' && settings.surface !== 'appointment' && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('dev.chrome.outlookNoMeetings')}</MessageBarBody>
        </MessageBar>
      )}
      {stageShareUrl && settings.surface === 'sidePanel' && (
        <MessageBar intent="info">
          <MessageBarBody>{t('dev.chrome.onStage', { url: stageShareUrl })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onSwitchSurface('stage')}>{t('dev.chrome.showStage')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {body}
    </div>
  );
};
