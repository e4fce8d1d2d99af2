// Who spoke when, for the organizer: one lane per person across the meeting, a mark for each turn, and the turns in
// order as a table (the accessible alternative; the lanes are a picture of it).
import { makeStyles, tokens, Text } from '@fluentui/react-components';
import type { MeetingReport } from '../../../server/domain/reports/types';
import { ChartCard } from './chart-card';
import { useReportFormat } from './use-report-format';

const useStyles = makeStyles({
  lanes: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalXS },
  lane: { display: 'grid', gridTemplateColumns: 'minmax(80px, 25%) 1fr', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  track: {
    position: 'relative',
    height: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  turn: { position: 'absolute', top: 0, bottom: 0, minWidth: '2px', backgroundColor: tokens.colorBrandBackground },
});

export const SpeakingTimeline = ({ speaking, headingLevel }: { speaking: MeetingReport['speaking']; headingLevel: 3 | 4 }) => {
  const { t, format } = useReportFormat();
  const styles = useStyles();
  const { people, timeline } = speaking;
  const lengthMs = Math.max(speaking.durationMs ?? 0, ...timeline.map((turn) => turn.endMs), 1);
  const percent = (ms: number) => `${(Math.max(0, Math.min(lengthMs, ms)) / lengthMs) * 100}%`;
  const nameOf = (index: number) => people[index]?.name ?? '';
  const table = {
    columns: [t('reports.timeline.person'), t('reports.timeline.from'), t('reports.timeline.to')],
    rows: [...timeline]
      .sort((a, b) => a.startMs - b.startMs)
      .map((turn, index) => ({ key: `${index}`, cells: [nameOf(turn.person), format.offset(turn.startMs), format.offset(turn.endMs)] })),
  };
  return (
    <ChartCard title={t('reports.timeline.heading')} hint={t('reports.timeline.axis', { start: format.offset(0), end: format.offset(lengthMs) })} table={table} hasData={timeline.length > 0} testId="meeting-timeline" headingLevel={headingLevel}>
      <ul className={styles.lanes} aria-hidden>
        {people.map((person, index) => {
          const turns = timeline.filter((turn) => turn.person === index);
          return (
            <li key={`${person.name}/${index}`} className={styles.lane}>
              <Text size={200} className={styles.name}>
                {person.name}
              </Text>
              <div className={styles.track}>
                {turns.map((turn) => (
                  <div key={turn.startMs} className={styles.turn} style={{ insetInlineStart: percent(turn.startMs), width: `calc(${percent(turn.endMs)} - ${percent(turn.startMs)})` }} />
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </ChartCard>
  );
};
