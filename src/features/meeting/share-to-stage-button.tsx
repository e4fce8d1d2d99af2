// "Share to stage": shown only when the host lets this user share; reports the outcome in words.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ShareScreenStart20Regular } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import { useStageSharing } from './use-stage-sharing';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export const ShareToStageButton = () => {
  const t = useT();
  const styles = useStyles();
  const { canShare, status, share } = useStageSharing();
  if (!canShare) return null;
  return (
    <div className={styles.root}>
      <Button appearance="primary" icon={<ShareScreenStart20Regular />} onClick={share} disabled={status === 'sharing'}>
        {status === 'sharing' ? t('stage.sharing') : t('stage.share')}
      </Button>
      <span aria-live="polite">
        {status === 'shared' && <Caption1>{t('stage.shared')}</Caption1>}
        {status === 'failed' && <Caption1 className={styles.failed}>{t('stage.failed')}</Caption1>}
      </span>
    </div>
  );
};
