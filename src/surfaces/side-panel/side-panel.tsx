// The meeting side panel (frameContext sidePanel): the meeting header, and sharing Roundtable to the stage.
import { HostMeeting } from '../../features/meeting/host-meeting';
import { ShareToStageButton } from '../../features/meeting/share-to-stage-button';

export const SidePanel = () => <HostMeeting size="compact">{() => <ShareToStageButton />}</HostMeeting>;
