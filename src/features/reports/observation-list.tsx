// The series' plain-language observations: each is a message key of the domain's observation rules with its values;
// the words are this catalogue's.
import { Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Lightbulb16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Observation } from '../../../server/domain/reports/types';
import { useT, type MessageKey } from '../../i18n';
import { isObservationKey } from './observation-keys';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  icon: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS, color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground2 },
});

export const ObservationList = ({ observations }: { observations: readonly Observation[] }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const known = observations.filter((observation) => isObservationKey(observation.key));
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="series-observations">
      <Subtitle2 as="h4" id={headingId} className={styles.heading}>
        {t('reports.observations.heading')}
      </Subtitle2>
      {known.length === 0 ? (
        <Text className={styles.muted}>{t('reports.observations.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {known.map((observation) => (
            <li key={observation.key} className={styles.item} data-testid="series-observation" data-key={observation.key}>
              <Lightbulb16Regular aria-hidden className={styles.icon} />
              <Text>{t(observation.key as MessageKey, observation.values)}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
