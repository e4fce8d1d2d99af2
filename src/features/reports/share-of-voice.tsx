// Share of voice in one meeting: one bar per person, most talk first, share, talk time and turns as text (so screen
// readers read the chart; the bars are decoration). The organizer sees everyone; anyone else only their own row.
import { Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { MeetingReport } from '../../../server/domain/reports/types';
import { ShareBar } from '../../ui/share-bar';
import { formatDuration } from '../turns/format-turns';
import { useReportFormat } from './use-report-format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'grid', gap: tokens.spacingVerticalXXS },
  figures: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export const ShareOfVoice = ({ speaking, isOrganizer, headingLevel }: { speaking: MeetingReport['speaking']; isOrganizer: boolean; headingLevel: 3 | 4 }) => {
  const { t, format } = useReportFormat();
  const styles = useStyles();
  const headingId = useId();
  const people = [...speaking.people].sort((a, b) => b.talkMs - a.talkMs);
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="meeting-share-of-voice">
      <Subtitle2 as={`h${headingLevel}`} id={headingId} className={styles.heading}>
        {t('reports.voice.heading')}
      </Subtitle2>
      {!isOrganizer && <Text className={styles.muted}>{t(people.length === 0 ? 'reports.voice.notYou' : 'reports.voice.onlyYours')}</Text>}
      <ul className={styles.list}>
        {people.map((person, index) => (
          <li key={`${person.name}/${index}`} className={styles.row} data-testid="meeting-voice">
            <div className={styles.figures}>
              <Text weight="semibold" className={styles.name}>
                {person.isViewer ? t('reports.voice.you', { name: person.name }) : person.name}
              </Text>
              <Text>
                {t('reports.voice.row', { share: format.percent(person.share), duration: formatDuration(person.talkMs) })} ·{' '}
                {t('reports.voice.turns', { count: person.turns })}
              </Text>
            </div>
            <ShareBar share={person.share} />
          </li>
        ))}
      </ul>
    </section>
  );
};
