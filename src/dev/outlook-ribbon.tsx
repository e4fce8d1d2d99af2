// The dev host's Outlook ribbon for an appointment: Save, and the Roundtable group with Add check-in (the manifest's
// addCheckinButton on the organizer's meeting form). Demo mode only.
import { Caption1, Toolbar, ToolbarButton, ToolbarDivider, makeStyles, tokens } from '@fluentui/react-components';
import { ChatBubblesQuestion20Regular, Save20Regular } from '@fluentui/react-icons';
import { useOutlookDevT } from './outlook-catalogue-en';

const useStyles = makeStyles({
  ribbon: { backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium, flexWrap: 'wrap' },
  group: { color: tokens.colorNeutralForeground3, paddingInline: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground2, paddingInline: tokens.spacingHorizontalS },
});

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; error: unknown };

export type OutlookRibbonProps = { isOrganizer: boolean; isDirty: boolean; saveState: SaveState; onSave: () => void; onAddCheckin: () => void };

export const OutlookRibbon = ({ isOrganizer, isDirty, saveState, onSave, onAddCheckin }: OutlookRibbonProps) => {
  const t = useOutlookDevT();
  const styles = useStyles();
  const status = isDirty ? t('outlookDev.unsaved') : saveState.status === 'saved' ? t('outlookDev.saved') : null;
  return (
    <Toolbar className={styles.ribbon} aria-label={t('outlookDev.ribbon')}>
      <ToolbarButton icon={<Save20Regular />} onClick={onSave} disabled={saveState.status === 'saving'}>
        {saveState.status === 'saving' ? t('outlookDev.saving') : t('outlookDev.save')}
      </ToolbarButton>
      {isOrganizer && (
        <>
          <ToolbarDivider />
          <Caption1 className={styles.group}>{t('outlookDev.roundtableGroup')}</Caption1>
          <ToolbarButton icon={<ChatBubblesQuestion20Regular />} onClick={onAddCheckin}>
            {t('outlookDev.addCheckin')}
          </ToolbarButton>
        </>
      )}
      {status && (
        <Caption1 className={styles.status} role="status" data-testid="outlook-save-status">
          {status}
        </Caption1>
      )}
    </Toolbar>
  );
};
