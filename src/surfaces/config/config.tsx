// The configurable tab's configuration page (frameContext settings): what Roundtable does, and on Save the tab's
// content URL (the details page) for the host to remember.
import { Body1, Subtitle2, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { onConfigSave, setConfigValidity, type HostError, type TabConfig } from '../../host';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  habits: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The tab every meeting gets: its content is the details page, whatever frame Teams opens it in. */
export const roundtableTab = (origin: string): TabConfig => ({
  entityId: 'roundtable',
  contentUrl: `${origin}/details.html`,
  websiteUrl: `${origin}/`,
  suggestedDisplayName: 'Roundtable',
});

export const Config = () => {
  const t = useT();
  const styles = useStyles();
  const habitsId = useId();
  const [saveError, setSaveError] = useState<HostError | null>(null);

  useEffect(() => {
    onConfigSave(() => roundtableTab(window.location.origin), setSaveError);
    // Nothing to choose yet: the tab can be saved as soon as it is shown.
    setConfigValidity(true);
  }, []);

  return (
    <>
      <header className={styles.header}>
        <Title2 as="h1" className={styles.heading}>
          {t('config.heading')}
        </Title2>
        <Body1>{t('config.intro')}</Body1>
      </header>
      <section aria-labelledby={habitsId}>
        <Subtitle2 as="h2" id={habitsId}>
          {t('config.habitsHeading')}
        </Subtitle2>
        <ul className={styles.habits}>
          <li>
            <Text>{t('config.habitCheckin')}</Text>
          </li>
          <li>
            <Text>{t('config.habitVoices')}</Text>
          </li>
          <li>
            <Text>{t('config.habitPraise')}</Text>
          </li>
        </ul>
      </section>
      <Text className={styles.hint}>{t('config.saveHint')}</Text>
      {saveError && <ErrorState error={saveError} title={t('config.saveFailed')} />}
    </>
  );
};
