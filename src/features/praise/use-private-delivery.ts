// How a private praise just given is getting to its recipient. Private praise never goes out on the meeting's stream,
// so the giver's panel asks the server again (GET /api/praise/:id) a few times, further apart each time, until the
// delivery settles: delivered, kept for the recipient's personal tab (they haven't installed the app), or failed.
import { useEffect, useState } from 'react';
import { useApi, type PraiseView } from '../../api';

/** Pauses between the reads; after the last one the personal tab's "Praise you gave" has the rest. */
export const FOLLOW_UP_DELAYS_MS = [2_000, 4_000, 8_000, 15_000, 30_000] as const;

/** A praise whose delivery can still change, and that only a read can tell about. */
export const needsFollowUp = (praise: PraiseView): boolean => praise.visibility === 'private' && praise.delivery.status === 'pending';

export const usePrivateDelivery = (given: PraiseView): PraiseView => {
  const api = useApi();
  const [latest, setLatest] = useState<PraiseView | null>(null);
  const current = latest?.id === given.id ? latest : given;
  const isFollowing = needsFollowUp(current);

  useEffect(() => {
    if (!isFollowing) return;
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const readAfter = (step: number) => {
      const delay = FOLLOW_UP_DELAYS_MS[step];
      if (delay === undefined) return;
      timer = setTimeout(() => {
        api.getPraise(given.id).then(
          ({ praise }) => {
            if (!isCurrent) return;
            if (needsFollowUp(praise)) readAfter(step + 1);
            else setLatest(praise);
          },
          // A failed read changes nothing shown; the next one may do better.
          () => isCurrent && readAfter(step + 1),
        );
      }, delay);
    };
    readAfter(0);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [api, given.id, isFollowing]);

  return current;
};
