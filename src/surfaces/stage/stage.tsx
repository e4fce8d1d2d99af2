// The meeting stage (frameContext meetingStage): the meeting header, large enough to read from across the room.
import { HostMeeting } from '../../features/meeting/host-meeting';

export const Stage = () => <HostMeeting size="large" />;
