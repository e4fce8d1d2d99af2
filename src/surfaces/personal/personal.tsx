// The personal tab in Teams, Outlook and the Microsoft 365 app: a greeting, then "Me" (the user's meeting now or next,
// their speaking and praise) or "Reports" (the leader reports; the sub-page 'reports' opens them).
import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { NextMeetingCard } from '../../features/home/next-meeting-card';
import { useHome } from '../../features/home/use-home';
import { PersonalPraise } from '../../features/praise/personal-praise';
import { PersonalViews } from '../../features/reports/personal-views';
import { MySpeakingSection } from '../../features/speaking/my-speaking';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { useHostContext } from '../shared/host-context-provider';

const useStyles = makeStyles({
  greeting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
});

export const Personal = () => {
  const t = useT();
  const styles = useStyles();
  const home = useHome();
  const { subPageId } = useHostContext();
  if (home.status === 'loading') return <LoadingState label={t('home.loading')} />;
  if (home.status === 'error') return <ErrorState error={home.error} title={t('home.errorTitle')} onRetry={home.retry} />;
  const { me, meeting } = home.value;
  return (
    <>
      <header className={styles.greeting}>
        <Title2 as="h1" className={styles.heading} data-testid="greeting">
          {t('home.greeting', { name: me.displayName })}
        </Title2>
        <Body1 className={styles.intro}>{t('home.intro')}</Body1>
      </header>
      <PersonalViews subPageId={subPageId}>
        <NextMeetingCard meeting={meeting} now={new Date()} />
        <MySpeakingSection />
        <PersonalPraise subPageId={subPageId} />
      </PersonalViews>
    </>
  );
};
