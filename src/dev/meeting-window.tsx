// The Teams meeting window around the side panel: the participants' tiles, and the 320 px panel the tab lives in.
import { Avatar, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MeetingView } from '../api';
import { useChromeStyles } from './chrome-styles';
import { useDevT } from './use-dev-t';

export const MeetingWindow = ({ meeting, panel }: { meeting: MeetingView | null; panel: ReactNode }) => {
  const t = useDevT();
  const styles = useChromeStyles();
  const participants = meeting ? [meeting.organizer, ...meeting.attendees] : [];
  return (
    <div className={styles.row}>
      <div className={styles.meetingArea} role="group" aria-label={t('dev.chrome.participants')}>
        {participants.map((person) => (
          <div key={person.email} className={styles.tile}>
            <Avatar name={person.name} size={48} color="colorful" aria-hidden />
            <Caption1>{person.name}</Caption1>
          </div>
        ))}
      </div>
      <div className={styles.sidePanel}>
        <Subtitle2 className={styles.panelHeader}>{t('dev.chrome.app')}</Subtitle2>
        {panel}
      </div>
    </div>
  );
};
