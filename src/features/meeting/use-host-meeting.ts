// The meeting the app is open in, as the user's calendar holds it: Teams gives the join URL (and the occurrence's
// start, which tells a series' occurrences apart), the API finds the event.
import { useCallback } from 'react';
import { useApi, type TabMeetingView } from '../../api';
import { HostError, getMeetingDetails } from '../../host';
import { useAsync, type AsyncResult } from '../../lib/use-async';

export const useHostMeeting = (): AsyncResult<TabMeetingView> => {
  const api = useApi();
  const load = useCallback(async () => {
    const details = await getMeetingDetails();
    if (!details.joinUrl) throw new HostError('meeting_unavailable', 'Teams gave the meeting without a join URL.');
    return api.getMeetingByJoinUrl(details.joinUrl, details.scheduledStart);
  }, [api]);
  return useAsync(load);
};
