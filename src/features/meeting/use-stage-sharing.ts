// Whether the user may put Roundtable on the meeting stage, and doing it.
import { useCallback, useState } from 'react';
import { canShareToStage, shareToStage } from '../../host';
import { useAsync } from '../../lib/use-async';

export type StageSharing = {
  /** null while the host is asked. */
  canShare: boolean | null;
  status: 'idle' | 'sharing' | 'shared' | 'failed';
  share: () => void;
};

const stageUrl = (): string => new URL('/stage.html', window.location.origin).toString();

export const useStageSharing = (): StageSharing => {
  const capability = useAsync(canShareToStage);
  const [status, setStatus] = useState<StageSharing['status']>('idle');
  const share = useCallback(() => {
    setStatus('sharing');
    shareToStage(stageUrl()).then(
      () => setStatus('shared'),
      () => setStatus('failed'),
    );
  }, []);
  const canShare = capability.status === 'loading' ? null : capability.status === 'ready' && capability.value;
  return { canShare, status, share };
};
