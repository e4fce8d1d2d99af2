// The personal tab's "Reports": "My meetings" or "My team" over a period. My meetings opens on the table; a series or
// a meeting opens its own view, with a way back (the table keeps its filter, sort and expanded series meanwhile).
// Loaded on demand by the personal tab (its default export), so the tab's first paint does not pay for it.
import { Button, Subtitle1, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeft16Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { MeetingReportView } from './meeting-report-view';
import { MeetingsReportView } from './meetings-report-view';
import { choosePreset, viewerTimeZone, type ChosenRange } from './range-choice';
import { DEFAULT_PRESET, RangePicker } from './range-picker';
import { SeriesView } from './series-view';
import { TeamReportView } from './team-report-view';
import { useReportFormat } from './use-report-format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  back: { alignSelf: 'flex-start' },
});

type Scope = 'mine' | 'team';
type Detail = { kind: 'series'; seriesMasterId: string } | { kind: 'meeting'; eventId: string };

const ReportsPage = () => {
  const { t } = useReportFormat();
  const styles = useStyles();
  const headingId = useId();
  const [scope, setScope] = useState<Scope>('mine');
  const [chosen, setChosen] = useState<ChosenRange>(() => choosePreset(DEFAULT_PRESET, new Date(), viewerTimeZone()));
  // The views opened from the table, the latest last: "back" returns to the one before.
  const [details, setDetails] = useState<Detail[]>([]);
  const backRef = useRef<HTMLButtonElement>(null);
  const detail = details.at(-1);

  useEffect(() => {
    if (detail) backRef.current?.focus();
  }, [detail]);

  const open = (next: Detail) => setDetails((current) => [...current, next]);
  const navigation = {
    onOpenSeries: (seriesMasterId: string) => open({ kind: 'series', seriesMasterId }),
    onOpenMeeting: (eventId: string) => open({ kind: 'meeting', eventId }),
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="reports">
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t('reports.heading')}
      </Subtitle1>
      <Text className={styles.muted}>{t('reports.intro')}</Text>
      <TabList selectedValue={scope} onTabSelect={(_, data) => setScope(data.value as Scope)} aria-label={t('reports.scope.label')} size="small">
        <Tab value="mine" data-testid="reports-scope-mine">
          {t('reports.scope.mine')}
        </Tab>
        <Tab value="team" data-testid="reports-scope-team">
          {t('reports.scope.team')}
        </Tab>
      </TabList>
      <RangePicker value={chosen} onChange={setChosen} />
      {scope === 'team' ? (
        <TeamReportView chosen={chosen} />
      ) : (
        <>
          {detail && (
            <>
              <Button ref={backRef} className={styles.back} appearance="subtle" icon={<ArrowLeft16Regular />} onClick={() => setDetails((current) => current.slice(0, -1))} data-testid="reports-back">
                {t('reports.back')}
              </Button>
              {detail.kind === 'series' ? (
                <SeriesView key={detail.seriesMasterId} seriesMasterId={detail.seriesMasterId} chosen={chosen} onOpenMeeting={navigation.onOpenMeeting} />
              ) : (
                <MeetingReportView key={detail.eventId} eventId={detail.eventId} />
              )}
            </>
          )}
          <div hidden={detail !== undefined}>
            <MeetingsReportView chosen={chosen} navigation={navigation} />
          </div>
        </>
      )}
    </section>
  );
};

export default ReportsPage;
