// Who is speaking and for how long. The name is announced when it changes; the running time is not (it would
// announce itself every second).
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Mic20Filled } from '@fluentui/react-icons';
import type { TurnsSummary } from '../../../server/domain/turns';
import { useT } from '../../i18n';
import { formatDuration } from './format-turns';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  speaking: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  icon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export const SpeakerNow = ({ current, size }: { current: TurnsSummary['current']; size: 'compact' | 'large' }) => {
  const t = useT();
  const styles = useStyles();
  const isLarge = size === 'large';
  return (
    <div className={mergeClasses(styles.root, current !== null && styles.speaking)} data-testid="speaker-now">
      {current && <Mic20Filled className={styles.icon} aria-hidden />}
      <div className={styles.text}>
        <Text size={isLarge ? 400 : 200} className={styles.muted}>
          {t('turns.now.label')}
        </Text>
        <span aria-live="polite">
          <Text size={isLarge ? 800 : 500} weight="semibold" className={styles.name} data-testid="speaker-now-name">
            {current ? current.name : t('turns.now.nobody')}
          </Text>
        </span>
        {current && (
          <Text size={isLarge ? 500 : 300} className={styles.muted} data-testid="speaker-now-elapsed">
            {t('turns.now.for', { duration: formatDuration(current.elapsedMs) })}
          </Text>
        )}
      </div>
    </div>
  );
};
