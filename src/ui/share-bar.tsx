// A share (0–1) drawn as a filled bar in a track. Decoration only (hidden from screen readers): every caller writes the
// figure beside it. Callers set the height for their size through `className`.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  track: {
    height: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    overflow: 'hidden',
  },
  bar: { height: '100%', backgroundColor: tokens.colorBrandBackground, borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}` },
});

export const ShareBar = ({ share, className }: { share: number; className?: string }) => {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.track, className)} aria-hidden>
      <div className={styles.bar} style={{ width: `${Math.max(0, Math.min(1, share)) * 100}%` }} />
    </div>
  );
};
