// Share of voice: one bar per person, most talk first, the share and talk time as text (so screen readers read the
// chart); the bars are decoration.
import { Subtitle2, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TurnsPerson } from '../../../server/domain/turns';
import { useI18n } from '../../i18n';
import { ShareBar } from '../../ui/share-bar';
import { formatDuration, formatShare } from './format-turns';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'grid', gap: tokens.spacingVerticalXXS },
  figures: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
  largeTrack: { height: tokens.spacingVerticalXL },
});

export const VoiceBars = ({ people, size }: { people: TurnsPerson[]; size: 'compact' | 'large' }) => {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const isLarge = size === 'large';
  const Heading = isLarge ? Title3 : Subtitle2;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="turns-voices">
      <Heading as="h3" id={headingId} className={styles.heading}>
        {t('turns.voices.heading')}
      </Heading>
      <ul className={styles.list} aria-labelledby={headingId}>
        {people.map((person) => (
          <li key={person.participantId} className={styles.row} data-testid="voice-bar">
            <div className={styles.figures}>
              <Text weight="semibold" size={isLarge ? 500 : 300} className={styles.name}>
                {person.name}
              </Text>
              <Text size={isLarge ? 500 : 300}>{t('turns.voices.row', { share: formatShare(person.share, locale), duration: formatDuration(person.talkMs) })}</Text>
            </div>
            <ShareBar share={person.share} className={isLarge ? styles.largeTrack : undefined} />
          </li>
        ))}
      </ul>
    </section>
  );
};
