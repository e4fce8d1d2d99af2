// The chosen check-in, read-only: what attendees (and the organizer after the meeting) see in the details tab.
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRepeatAll16Regular, EyeOff16Regular, People16Regular } from '@fluentui/react-icons';
import type { CheckinLibrary, CheckinView } from '../../api';
import { useT } from '../../i18n';
import { kindLabel } from './library-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  question: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export const CheckinSummary = ({ view, library, isOrganizer }: { view: CheckinView; library: CheckinLibrary; isOrganizer: boolean }) => {
  const t = useT();
  const styles = useStyles();
  const choice = view.choice;
  if (!choice) {
    return (
      <Text as="p" block className={styles.muted} data-testid="checkin-summary-empty">
        {isOrganizer ? t('checkin.summary.noneOrganizer') : t('checkin.summary.none')}
      </Text>
    );
  }
  return (
    <div className={styles.root} data-testid="checkin-summary">
      <Text size={400} weight="semibold" className={styles.question} data-testid="checkin-question">
        {choice.question}
      </Text>
      <div className={styles.badges}>
        <Badge appearance="tint" color="brand">
          {kindLabel(library.messages, choice.kind)}
        </Badge>
        <Badge appearance="tint" color="informative" icon={choice.anonymous ? <EyeOff16Regular /> : <People16Regular />}>
          {choice.anonymous ? t('checkin.summary.anonymous') : t('checkin.summary.named')}
        </Badge>
        {choice.scope === 'series' && (
          <Badge appearance="tint" color="informative" icon={<ArrowRepeatAll16Regular />}>
            {t('checkin.summary.series')}
          </Badge>
        )}
      </div>
    </div>
  );
};
