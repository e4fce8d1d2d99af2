// Praise in the personal tab: "Praise for you" (public and private), "Praise you gave" (with how it was delivered)
// and "How I like to be praised". A private praise's activity notification deep-links here (sub-page 'praise'): the
// tab then opens scrolled to "Praise for you", with the focus on it.
import { Subtitle1, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { PraiseBox } from '../../api';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { PraiseList } from './praise-list';
import { PraisePreferencePicker } from './praise-preference-picker';
import { useMyPraise } from './use-my-praise';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, scrollMarginTop: tokens.spacingVerticalL },
  heading: { margin: 0 },
  tabs: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground2, margin: 0 },
});

type View = PraiseBox | 'preference';

/** The sub-page id a deep link to "Praise for you" carries. */
export const PRAISE_SUB_PAGE = 'praise';

const MyPraise = ({ box, labelledBy }: { box: PraiseBox; labelledBy: string }) => {
  const t = useT();
  const styles = useStyles();
  const praise = useMyPraise(box);
  if (praise.status === 'loading') return <LoadingState label={t('praise.personal.loading')} />;
  if (praise.status === 'error') return <ErrorState error={praise.error} title={t('praise.personal.errorTitle')} onRetry={praise.retry} />;
  if (praise.value.length === 0) {
    return (
      <p className={styles.empty} data-testid={`praise-${box}-empty`}>
        {box === 'received' ? t('praise.personal.noneReceived') : t('praise.personal.noneGiven')}
      </p>
    );
  }
  return <PraiseList praise={praise.value} box={box} labelledBy={labelledBy} />;
};

export const PersonalPraise = ({ subPageId }: { subPageId?: string }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const receivedTabId = useId();
  const tabIds = { received: receivedTabId, given: useId(), preference: useId() };
  const [view, setView] = useState<View>('received');
  const sectionRef = useRef<HTMLElement>(null);
  const isDeepLinked = subPageId === PRAISE_SUB_PAGE;

  useEffect(() => {
    if (!isDeepLinked) return;
    sectionRef.current?.scrollIntoView({ block: 'start' });
    document.getElementById(receivedTabId)?.focus();
  }, [isDeepLinked, receivedTabId]);

  return (
    <section ref={sectionRef} className={styles.root} aria-labelledby={headingId} data-testid="personal-praise" data-deep-linked={isDeepLinked || undefined}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t('praise.personal.heading')}
      </Subtitle1>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label={t('praise.personal.tabs')}>
        <Tab id={tabIds.received} value="received">
          {t('praise.personal.received')}
        </Tab>
        <Tab id={tabIds.given} value="given">
          {t('praise.personal.given')}
        </Tab>
        <Tab id={tabIds.preference} value="preference">
          {t('praise.personal.preference')}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={tabIds[view]} className={styles.panel} data-testid={`praise-panel-${view}`}>
        {view === 'preference' ? <PraisePreferencePicker /> : <MyPraise key={view} box={view} labelledBy={tabIds[view]} />}
      </div>
    </section>
  );
};
