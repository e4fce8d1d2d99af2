// The dev host's stand-in for Outlook's appointment form (demo mode only): a demo meeting's title, attendees and
// editable body; the ribbon's Save (writes the body to the calendar event through Graph, as Outlook saves it) and the
// Roundtable group's Add check-in, which opens the real task pane page beside the form and plays Office.js for it.
import { Caption1, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { InviteBody } from '../../server/domain/invite/types';
import { useAsync } from '../lib/use-async';
import { ErrorState } from '../ui/error-state';
import { LoadingState } from '../ui/loading-state';
import { fetchToken, type DevSession } from './dev-api';
import type { DevTheme } from './dev-settings';
import { openAppointment, saveAppointmentBody, type DevAppointment } from './outlook-appointment-api';
import { OutlookBodyEditor } from './outlook-body-editor';
import { useOutlookDevT } from './outlook-catalogue-en';
import { useOutlookHost } from './outlook-host';
import { OutlookRibbon, type SaveState } from './outlook-ribbon';
import { OutlookTaskPane } from './outlook-task-pane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1 },
  open: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  workspace: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start', minWidth: 0 },
  form: { flex: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export type OutlookAppointmentProps = { session: DevSession; theme: DevTheme; locale: string };

/** The organizer opens an occurrence or, from it, the whole series, as Outlook asks when opening a recurring meeting. */
export const OutlookAppointment = ({ session, theme, locale }: OutlookAppointmentProps) => {
  const t = useOutlookDevT();
  const styles = useStyles();
  const meeting = session.meeting;
  const [opens, setOpens] = useState<'occurrence' | 'series'>('occurrence');
  const eventId = meeting && (opens === 'series' && meeting.seriesMasterId ? meeting.seriesMasterId : meeting.eventId);
  const upn = session.person.upn;
  const load = useCallback(() => (eventId ? openAppointment(upn, eventId) : Promise.reject(new Error(t('outlookDev.noMeeting')))), [upn, eventId, t]);
  const appointment = useAsync(load);

  return (
    <div className={styles.root} data-testid="outlook-appointment-window">
      {meeting?.seriesMasterId && (
        <RadioGroup layout="horizontal" value={opens} onChange={(_, data) => setOpens(data.value === 'series' ? 'series' : 'occurrence')} aria-label={t('outlookDev.open')} className={styles.open}>
          <Radio value="occurrence" label={t('outlookDev.openOccurrence')} />
          <Radio value="series" label={t('outlookDev.openSeries')} />
        </RadioGroup>
      )}
      {appointment.status === 'loading' && <LoadingState label={t('outlookDev.loading')} />}
      {appointment.status === 'error' && <ErrorState error={appointment.error} title={t('outlookDev.loadErrorTitle')} onRetry={appointment.retry} />}
      {appointment.status === 'ready' && <AppointmentForm key={appointment.value.eventId} appointment={appointment.value} upn={upn} theme={theme} locale={locale} />}
    </div>
  );
};

type AppointmentFormProps = { appointment: DevAppointment; upn: string; theme: DevTheme; locale: string };

const AppointmentForm = ({ appointment, upn, theme, locale }: AppointmentFormProps) => {
  const t = useOutlookDevT();
  const styles = useStyles();
  // The body lives in a ref too: the pane may set it and read it back before React renders again.
  const bodyRef = useRef<InviteBody>(appointment.body);
  const [body, setBodyState] = useState<InviteBody>(appointment.body);
  const [savedBody, setSavedBody] = useState<InviteBody>(appointment.body);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [pane, setPane] = useState<{ isOpen: boolean; load: number }>({ isOpen: false, load: 0 });
  const paneFrame = useRef<HTMLIFrameElement>(null);
  const setBody = useCallback((next: InviteBody) => {
    bodyRef.current = next;
    setBodyState(next);
  }, []);

  const save = useCallback(async (): Promise<string> => {
    setSaveState({ status: 'saving' });
    try {
      const saved = await saveAppointmentBody(upn, appointment.eventId, bodyRef.current);
      setSavedBody(saved.body);
      setSaveState({ status: 'saved' });
      return appointment.eventId;
    } catch (error) {
      setSaveState({ status: 'failed', error });
      throw error;
    }
  }, [upn, appointment.eventId]);

  useOutlookHost(
    paneFrame,
    {
      item: () => ({ eventId: appointment.eventId, subject: appointment.subject, body: bodyRef.current, seriesMasterId: appointment.seriesMasterId, isRecurring: appointment.type !== 'singleInstance' }),
      onBodyChange: setBody,
      save,
      getToken: () => fetchToken(upn),
      start: () => ({ displayLanguage: locale, isDarkTheme: theme === 'dark' }),
    },
    theme === 'dark',
  );

  const isDirty = body.content !== savedBody.content || body.contentType !== savedBody.contentType;
  const attendees = useMemo(() => appointment.attendees.map((person) => person.name).join('; '), [appointment.attendees]);

  return (
    <>
      <OutlookRibbon
        isOrganizer={appointment.isOrganizer}
        isDirty={isDirty}
        saveState={saveState}
        onSave={() => void save().catch(() => undefined)}
        onAddCheckin={() => setPane((current) => ({ isOpen: true, load: current.isOpen ? current.load : current.load + 1 }))}
      />
      {saveState.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('outlookDev.saveFailedTitle')}</MessageBarTitle> {saveState.error instanceof Error ? saveState.error.message : String(saveState.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      {!appointment.isOrganizer && (
        <MessageBar intent="info">
          <MessageBarBody>{t('outlookDev.attendee')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.workspace}>
        <div className={styles.form} data-testid="outlook-appointment">
          <Field label={t('outlookDev.subject')}>
            <Input value={appointment.subject} readOnly />
          </Field>
          <Caption1>
            {t('outlookDev.attendees')}: {attendees}
          </Caption1>
          <OutlookBodyEditor body={body} onChange={setBody} />
        </div>
        {pane.isOpen && <OutlookTaskPane key={pane.load} frame={paneFrame} onClose={() => setPane((current) => ({ ...current, isOpen: false }))} />}
      </div>
    </>
  );
};
