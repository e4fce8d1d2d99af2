// The meeting's details and chat tab (frameContext content): the meeting header and its check-in — the organizer's
// editor before the meeting, the chosen check-in for everyone else.
import { CheckinDetails } from '../../features/checkin/checkin-details';
import { HostMeeting } from '../../features/meeting/host-meeting';
import { useHostContext } from '../shared/host-context-provider';

export const Details = () => {
  const { userId } = useHostContext();
  return <HostMeeting size="wide">{(meeting) => <CheckinDetails meeting={meeting} userId={userId} now={new Date()} />}</HostMeeting>;
};
