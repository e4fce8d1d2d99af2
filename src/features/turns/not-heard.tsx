// "Not heard yet": who has not had a turn, so the facilitator (and everyone) can make room for them.
import { Subtitle2, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TurnsSummary } from '../../../server/domain/turns';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  name: {
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: 'anywhere',
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export const NotHeard = ({ notHeard, size }: { notHeard: TurnsSummary['notHeard']; size: 'compact' | 'large' }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const isLarge = size === 'large';
  const Heading = isLarge ? Title3 : Subtitle2;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="turns-not-heard">
      <Heading as="h3" id={headingId} className={styles.heading}>
        {t('turns.notHeard.heading')}
      </Heading>
      {notHeard.length === 0 ? (
        <Text size={isLarge ? 500 : 300} className={styles.muted}>
          {t('turns.notHeard.everyone')}
        </Text>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {notHeard.map((person) => (
            <li key={person.participantId} className={styles.name} data-testid="turns-not-heard-name">
              <Text size={isLarge ? 600 : 300}>{person.name}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
