// The personal tab's two views: "Me" (the person's own meeting, speaking and praise: `children`) and "Reports" (the
// leader reports, loaded on demand so "Me" paints without them). A deep link to the sub-page 'reports' opens Reports.
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { LoadingState } from '../../ui/loading-state';

const ReportsPage = lazy(() => import('./reports-page'));

/** The sub-page id a deep link to the reports carries (and the dev host's `&view=reports`). */
export const REPORTS_SUB_PAGE = 'reports';

type View = 'me' | 'reports';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
});

export const PersonalViews = ({ subPageId, children }: { subPageId?: string; children: ReactNode }) => {
  const t = useT();
  const styles = useStyles();
  const tabIds = { me: useId(), reports: useId() };
  const [view, setView] = useState<View>(subPageId === REPORTS_SUB_PAGE ? 'reports' : 'me');
  return (
    <>
      <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label={t('reports.tab.views')} data-testid="personal-views">
        <Tab id={tabIds.me} value="me" data-testid="personal-view-me">
          {t('reports.tab.me')}
        </Tab>
        <Tab id={tabIds.reports} value="reports" data-testid="personal-view-reports">
          {t('reports.tab.reports')}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={tabIds[view]} className={styles.panel}>
        {view === 'me' ? (
          children
        ) : (
          <Suspense fallback={<LoadingState label={t('reports.loadingView')} />}>
            <ReportsPage />
          </Suspense>
        )}
      </div>
    </>
  );
};
