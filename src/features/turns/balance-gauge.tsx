// The live balance as a gauge: the normalized entropy of the shares of voice (ARCHITECTURE.md's definition), 0 when one
// voice has all the time and 100 when all speak equally. A meter for assistive technology, with the same reading in
// words beside it (readBalance, as the CLI reads a transcript); the drawn arc is decoration.
import { Subtitle2, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { readBalance, type BalanceReading } from '../../../server/domain/transcript';
import type { TurnsSummary } from '../../../server/domain/turns';
import { useI18n, type Translate } from '../../i18n';
import { formatShare } from './format-turns';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  meter: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  arc: { width: '120px', height: '68px', flexShrink: 0 },
  largeArc: { width: '240px', height: '134px' },
  track: { fill: 'none', stroke: tokens.colorNeutralStroke2, strokeWidth: '12px', strokeLinecap: 'round' },
  value: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: '12px', strokeLinecap: 'round' },
  words: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flexBasis: '140px', flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground2 },
});

const describeReading = (reading: BalanceReading, t: Translate, locale: string): string => {
  switch (reading.kind) {
    case 'no-speakers':
      return t('turns.balance.reading.noSpeakers');
    case 'no-talk':
      return t('turns.balance.reading.noTalk');
    case 'one-voice':
      return t('turns.balance.reading.oneVoice', { name: reading.name });
    case 'dominated':
      return t('turns.balance.reading.dominated', { name: reading.name, share: formatShare(reading.share, locale) });
    case 'balanced':
      return t('turns.balance.reading.balanced');
    case 'uneven':
      return t('turns.balance.reading.uneven', {
        name: reading.name,
        share: formatShare(reading.share, locale),
        quietest: reading.quietest,
        quietestShare: formatShare(reading.quietestShare, locale),
      });
  }
};

export const BalanceGauge = ({ summary, size }: { summary: TurnsSummary; size: 'compact' | 'large' }) => {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const isLarge = size === 'large';
  const Heading = isLarge ? Title3 : Subtitle2;
  const { entropy, topShare } = summary.balance;
  const score = entropy === null ? null : Math.round(entropy * 100);
  const speakers = summary.people.map((p) => ({ name: p.name, talkMs: p.talkMs, share: p.share, turns: p.turns, longestTurnMs: 0, backchannels: 0 }));
  const reading = describeReading(readBalance(speakers, summary.balance), t, locale);
  const valueText = score === null ? t('turns.balance.none') : t('turns.balance.value', { value: score });
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="turns-balance">
      <Heading as="h3" id={headingId} className={styles.heading}>
        {t('turns.balance.heading')}
      </Heading>
      <div
        className={styles.meter}
        role="meter"
        aria-label={t('turns.balance.gauge')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score ?? 0}
        aria-valuetext={`${valueText}. ${reading}`}
        data-testid="balance-gauge"
      >
        <svg className={isLarge ? styles.largeArc : styles.arc} viewBox="0 0 120 68" aria-hidden focusable="false">
          <path className={styles.track} d="M 10 60 A 50 50 0 0 1 110 60" pathLength={100} />
          {score !== null && score > 0 && <path className={styles.value} d="M 10 60 A 50 50 0 0 1 110 60" pathLength={100} strokeDasharray={`${score} 100`} />}
        </svg>
        <div className={styles.words}>
          <Text size={isLarge ? 800 : 500} weight="semibold" data-testid="balance-value">
            {valueText}
          </Text>
          <Text size={isLarge ? 500 : 300}>{reading}</Text>
          {topShare !== null && (
            <Text size={isLarge ? 400 : 200} className={styles.muted}>
              {t('turns.balance.topShare', { share: formatShare(topShare, locale) })}
            </Text>
          )}
        </div>
      </div>
    </section>
  );
};
