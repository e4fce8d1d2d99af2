// The meeting the app is open in, with its loading and error states: what the side panel, stage and details tab show.
import type { ReactNode } from 'react';
import type { TabMeetingView } from '../../api';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { MeetingHeader } from './meeting-header';
import { useHostMeeting } from './use-host-meeting';

export type HostMeetingProps = {
  size?: 'compact' | 'wide' | 'large';
  /** Extra content under the header once the meeting is known (e.g. the check-in placeholder, a stage button). */
  children?: (meeting: TabMeetingView) => ReactNode;
};

export const HostMeeting = ({ size = 'compact', children }: HostMeetingProps) => {
  const t = useT();
  const meeting = useHostMeeting();
  if (meeting.status === 'loading') return <LoadingState label={t('meeting.loading')} size={size === 'large' ? 'large' : 'medium'} />;
  if (meeting.status === 'error') {
    return <ErrorState error={meeting.error} title={t('meeting.errorTitle')} notFound="error.meeting.notFound" onRetry={meeting.retry} />;
  }
  return (
    <>
      <MeetingHeader meeting={meeting.value} size={size} />
      {children?.(meeting.value)}
    </>
  );
};
