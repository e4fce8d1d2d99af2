// The meeting's details and chat tab (frameContext content): the meeting header, its report once it has ended, and its
// check-in — the organizer's editor before the meeting, the chosen check-in for everyone else — then, for a series
// still to meet, how its last occurrence went.
import { CheckinDetails } from '../../features/checkin/checkin-details';
import { HostMeeting } from '../../features/meeting/host-meeting';
import { MeetingReportAfterEnd, PreviousOccurrenceReport } from '../../features/reports/meeting-report-after-end';
import { useHostContext } from '../shared/host-context-provider';

export const Details = () => {
  const { userId } = useHostContext();
  return (
    <HostMeeting size="wide">
      {(meeting) => {
        const now = new Date();
        return (
          <>
            <MeetingReportAfterEnd meeting={meeting} now={now} />
            <CheckinDetails meeting={meeting} userId={userId} now={now} />
            <PreviousOccurrenceReport meeting={meeting} now={now} />
          </>
        );
      }}
    </HostMeeting>
  );
};
