// The plain-language reading of a meeting's balance: which of a few cases it is, with the figures a sentence needs.
// The words themselves belong to whoever shows them (the CLI, the side panel through i18n).
import type { Balance, SpeakerFigures } from './types.js';

/** Above this share one voice had at least twice the time of all the others together. */
export const DOMINANT_SHARE = 2 / 3;
/** From this normalized entropy up, shares are close to equal (60/40 between two is 0.97; 70/30 is 0.88). */
export const BALANCED_ENTROPY = 0.9;

export type BalanceReading =
  | { kind: 'no-speakers' }
  | { kind: 'no-talk' }
  | { kind: 'one-voice'; name: string }
  | { kind: 'dominated'; name: string; share: number }
  | { kind: 'balanced'; name: string; share: number }
  | { kind: 'uneven'; name: string; share: number; quietest: string; quietestShare: number };

/** `speakers` sorted as computeBalance returns them: most talk first. */
export const readBalance = (speakers: readonly SpeakerFigures[], balance: Balance): BalanceReading => {
  const [top] = speakers;
  const quietest = speakers[speakers.length - 1];
  if (!top || !quietest) return { kind: 'no-speakers' };
  if (balance.topShare === null) return { kind: 'no-talk' };
  if (speakers.length === 1) return { kind: 'one-voice', name: top.name };
  if (top.share >= DOMINANT_SHARE) return { kind: 'dominated', name: top.name, share: top.share };
  if ((balance.entropy ?? 0) >= BALANCED_ENTROPY) return { kind: 'balanced', name: top.name, share: top.share };
  return { kind: 'uneven', name: top.name, share: top.share, quietest: quietest.name, quietestShare: quietest.share };
};
