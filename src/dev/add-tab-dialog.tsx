// Teams' "add a tab" dialog around the configuration page: Save is enabled once the page says it is valid, and
// the outcome of the save is shown.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useChromeStyles } from './chrome-styles';
import type { ConfigState } from './frame-state';
import { useDevT } from './use-dev-t';

export type AddTabDialogProps = { config: ConfigState; page: ReactNode; onSave: () => void; onOpenTab: () => void };

export const AddTabDialog = ({ config, page, onSave, onOpenTab }: AddTabDialogProps) => {
  const t = useDevT();
  const styles = useChromeStyles();
  return (
    <div className={styles.dialog}>
      <Subtitle2>{t('dev.chrome.addTab')}</Subtitle2>
      {page}
      {config.savedContentUrl && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('dev.chrome.saved', { contentUrl: config.savedContentUrl })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onOpenTab}>{t('dev.chrome.openTab')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {config.failure && (
        <MessageBar intent="error">
          <MessageBarBody>{t('dev.chrome.saveFailed', { reason: config.failure })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.dialogFooter}>
        <Button appearance="primary" disabled={!config.isValid} onClick={onSave}>
          {t('dev.chrome.save')}
        </Button>
      </div>
    </div>
  );
};
