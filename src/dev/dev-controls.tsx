// The dev host's controls: who, which meeting, which surface, theme, host and locale.
import { Button, Caption1, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { useState, type KeyboardEvent } from 'react';
import type { DevPerson, DevSession } from './dev-api';
import { devHosts, devLocales, devSurfaces, devThemes, type DevSettings } from './dev-settings';
import { useDevT } from './use-dev-t';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  meeting: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

export type DevControlsProps = {
  settings: DevSettings;
  people: DevPerson[];
  session: DevSession | null;
  onChange: (change: Partial<DevSettings>) => void;
  onReload: () => void;
};

const MeetingField = ({ settings, session, onChange }: Pick<DevControlsProps, 'settings' | 'session' | 'onChange'>) => {
  const t = useDevT();
  const styles = useStyles();
  const [draft, setDraft] = useState(settings.meeting ?? '');
  const commit = () => {
    const meeting = draft.trim() || null;
    if (meeting !== settings.meeting) onChange({ meeting });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
  };
  const resolved = session?.meeting
    ? `${session.meeting.subject} (${session.meeting.eventId})`
    : session?.meetingProblem
      ? t('dev.meetingNone', { reason: session.meetingProblem })
      : null;
  return (
    <div className={styles.group}>
      <Field label={t('dev.meeting')} hint={t('dev.meetingHint')}>
        <Input value={draft} onChange={(_event, data) => setDraft(data.value)} onBlur={commit} onKeyDown={onKeyDown} name="meeting" />
      </Field>
      {resolved && (
        <Caption1 className={styles.meeting} data-testid="dev-meeting">
          {resolved}
        </Caption1>
      )}
    </div>
  );
};

export const DevControls = ({ settings, people, session, onChange, onReload }: DevControlsProps) => {
  const t = useDevT();
  const styles = useStyles();
  const upn = settings.upn ?? people[0]?.upn ?? '';
  return (
    <div className={styles.root}>
      <Field label={t('dev.person')}>
        <Select name="person" value={upn} onChange={(_event, data) => onChange({ upn: data.value, meeting: null })}>
          {people.map((person) => (
            <option key={person.upn} value={person.upn}>
              {person.displayName}
            </option>
          ))}
        </Select>
      </Field>
      {/* A new person has other event ids: the meeting field starts over with them. */}
      <MeetingField key={`${upn}|${settings.meeting ?? ''}`} settings={settings} session={session} onChange={onChange} />
      <Field label={t('dev.surface')}>
        <Select name="surface" value={settings.surface} onChange={(_event, data) => onChange({ surface: data.value as DevSettings['surface'] })}>
          {devSurfaces.map((surface) => (
            <option key={surface} value={surface}>
              {t(`dev.surface.${surface}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('dev.theme')}>
        <Select name="theme" value={settings.theme} onChange={(_event, data) => onChange({ theme: data.value as DevSettings['theme'] })}>
          {devThemes.map((theme) => (
            <option key={theme} value={theme}>
              {t(`dev.theme.${theme}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('dev.host')}>
        <Select name="host" value={settings.host} onChange={(_event, data) => onChange({ host: data.value as DevSettings['host'] })}>
          {devHosts.map((host) => (
            <option key={host} value={host}>
              {host}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('dev.locale')}>
        <Select name="locale" value={settings.locale} onChange={(_event, data) => onChange({ locale: data.value })}>
          {[...new Set([...devLocales, settings.locale])].map((locale) => (
            <option key={locale} value={locale}>
              {locale}
            </option>
          ))}
        </Select>
      </Field>
      <Button icon={<ArrowClockwise20Regular />} onClick={onReload}>
        {t('dev.reload')}
      </Button>
    </div>
  );
};
