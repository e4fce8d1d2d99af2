// The task pane beside the dev host's Outlook appointment form: the real outlook-command.html in a frame (the server
// gives it the Office shim in demo mode), with Outlook's pane header and close button. Demo mode only.
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { RefObject } from 'react';
import { useOutlookDevT } from './outlook-catalogue-en';

const useStyles = makeStyles({
  pane: {
    width: '340px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  frame: { display: 'block', width: '100%', height: '720px', border: 'none' },
});

export const OutlookTaskPane = ({ frame, onClose }: { frame: RefObject<HTMLIFrameElement | null>; onClose: () => void }) => {
  const t = useOutlookDevT();
  const styles = useStyles();
  return (
    <section className={styles.pane} aria-label={t('outlookDev.pane')}>
      <div className={styles.header}>
        <Subtitle2>{t('outlookDev.roundtableGroup')}</Subtitle2>
        <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={t('outlookDev.closePane')} onClick={onClose} />
      </div>
      <iframe ref={frame} src="/outlook-command.html" title={t('outlookDev.pane')} className={styles.frame} data-testid="outlook-pane-frame" />
    </section>
  );
};
