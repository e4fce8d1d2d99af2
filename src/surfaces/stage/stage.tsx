// The meeting stage (frameContext meetingStage): the meeting header and the check-in wall with its pulse chart, large
// enough to read from across the room, live.
import { CheckinStage } from '../../features/checkin/checkin-stage';
import { HostMeeting } from '../../features/meeting/host-meeting';
import { PraiseStage } from '../../features/praise/praise-stage';
import { TurnsStage } from '../../features/turns/turns-stage';
import { useHostContext } from '../shared/host-context-provider';

export const Stage = () => {
  const { userId } = useHostContext();
  return (
    <HostMeeting size="large">
      {(meeting) => (
        <>
          <CheckinStage meeting={meeting} userId={userId} />
          <TurnsStage meeting={meeting} />
          <PraiseStage meeting={meeting} />
        </>
      )}
    </HostMeeting>
  );
};
