// The meeting's details and chat tab (frameContext content): the meeting header and, before the meeting, its check-in.
import { HostMeeting } from '../../features/meeting/host-meeting';
import { CheckinPlaceholder } from './checkin-placeholder';

export const Details = () => <HostMeeting size="wide">{() => <CheckinPlaceholder />}</HostMeeting>;
