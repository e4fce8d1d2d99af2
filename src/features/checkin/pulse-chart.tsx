// The pulse results: one bar per scale with its average, shown only when the server gives averages (it withholds them
// below the minimum group size). The numbers are text, so screen readers read the chart; the bars are decoration.
import { Subtitle2, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { AnswerShape, PulseSummary } from '../../api';
import { useI18n } from '../../i18n';
import { ShareBar } from '../../ui/share-bar';
import { scaleLabel } from './answer-content';
import { scalesOf, type LibraryMessages } from './library-text';

export const MIN_PEOPLE_FOR_FIGURES = 5;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  row: { display: 'grid', gap: tokens.spacingVerticalXXS },
  figures: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  track: { height: tokens.spacingVerticalM },
  largeTrack: { height: tokens.spacingVerticalXXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

export type PulseChartProps = { pulse: PulseSummary | null; shape: AnswerShape; messages: LibraryMessages; size: 'compact' | 'large' };

export const PulseChart = ({ pulse, shape, messages, size }: PulseChartProps) => {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const isLarge = size === 'large';
  const Heading = isLarge ? Title3 : Subtitle2;
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const scales = scalesOf(shape);
  const averages = pulse?.averages ?? null;

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="pulse-chart">
      <Heading as="h3" id={headingId} className={styles.heading}>
        {t('checkin.pulse.heading')}
      </Heading>
      {averages === null ? (
        <Text className={styles.muted} size={isLarge ? 500 : 300} data-testid="pulse-withheld">
          {t('checkin.pulse.notEnough', { count: pulse?.people ?? 0, min: MIN_PEOPLE_FOR_FIGURES })}
        </Text>
      ) : (
        <>
          <Text className={styles.muted} size={isLarge ? 400 : 200}>
            {t('checkin.pulse.people', { count: pulse?.people ?? 0 })}
          </Text>
          <ul className={styles.list} aria-labelledby={headingId}>
            {Object.entries(averages).map(([name, average]) => {
              const scale = scales.find((candidate) => candidate.id === name);
              const max = scale?.max ?? 5;
              const min = scale?.min ?? 1;
              const share = Math.max(0, Math.min(1, (average - min + 1) / (max - min + 1)));
              return (
                <li key={name} className={styles.row} data-testid="pulse-bar">
                  <div className={styles.figures}>
                    <Text weight="semibold" size={isLarge ? 500 : 300}>
                      {scaleLabel(messages, shape, name)}
                    </Text>
                    <Text size={isLarge ? 500 : 300}>{t('checkin.pulse.average', { value: format.format(average), max })}</Text>
                  </div>
                  <ShareBar share={share} className={isLarge ? styles.largeTrack : styles.track} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
};
