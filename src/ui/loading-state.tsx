// A load in progress: a labelled spinner, announced politely to screen readers.
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', justifyContent: 'center', paddingBlock: tokens.spacingVerticalXXL },
});

/** `label` is already translated. */
export const LoadingState = ({ label, size = 'medium' }: { label: string; size?: 'small' | 'medium' | 'large' }) => {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" data-testid="loading-state">
      <Spinner size={size} label={label} />
    </div>
  );
};
