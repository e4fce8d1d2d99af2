// The Outlook pane's content: reads what it needs (the library from the API; the invite and what kind of item it is
// from Outlook), with loading and error states, then shows the meeting's title and the check-in editor.
import { Caption1, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useId } from 'react';
import { useCheckinLibrary } from '../../features/checkin/use-checkin-library';
import type { Appointment } from '../../host/office';
import { useT } from '../../i18n';
import { useAsync } from '../../lib/use-async';
import { LoadingState } from '../../ui/loading-state';
import { readBodyState } from './checkin-command';
import { OutlookCheckinEditor } from './outlook-checkin-editor';
import { PaneErrorState } from './pane-error-state';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  intro: { color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export const OutlookCheckinPane = ({ appointment }: { appointment: Appointment }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const library = useCheckinLibrary();
  const readItem = useCallback(async () => ({ item: await appointment.describe(), body: await readBodyState(appointment) }), [appointment]);
  const invite = useAsync(readItem);
  // The meeting's title heads the pane, as in the meeting's details tab; before Outlook has said it, the pane's name.
  const title = invite.status === 'ready' && invite.value.item.subject.trim() ? invite.value.item.subject : t('outlook.heading');

  return (
    <>
      <Subtitle1 as="h1" className={styles.heading}>
        {title}
      </Subtitle1>
      <section className={styles.section} aria-labelledby={headingId}>
        <header className={styles.header}>
          <Subtitle2 as="h2" id={headingId} className={styles.heading}>
            {t('outlook.heading')}
          </Subtitle2>
          <Caption1 className={styles.intro}>{t('outlook.intro')}</Caption1>
        </header>
        {invite.status === 'error' ? (
          <PaneErrorState error={invite.error} title={t('outlook.readErrorTitle')} onRetry={invite.retry} />
        ) : library.status === 'error' ? (
          <PaneErrorState error={library.error} title={t('checkin.library.errorTitle')} onRetry={library.retry} />
        ) : invite.status === 'loading' ? (
          <LoadingState label={t('outlook.reading')} />
        ) : library.status === 'loading' ? (
          <LoadingState label={t('checkin.library.loading')} />
        ) : (
          <OutlookCheckinEditor appointment={appointment} library={library.value} kind={invite.value.item.kind} initialBody={invite.value.body} />
        )}
      </section>
    </>
  );
};
