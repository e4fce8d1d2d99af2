// Shares of voice and the balance figures over the speakers counted, as ARCHITECTURE.md defines them. The CLI counts
// the named speakers of a transcript; a meeting report also passes the attendees who never spoke, with 0 talk time.
import type { Balance, SpeakerFigures, SpeakerTally } from './types.js';

export type BalanceOptions = {
  /**
   * Attendees who never spoke: each counts in n with 0 talk time and 0 turns. The caller has matched them against
   * the speakers already; names are not de-duplicated here, since two people may share a name.
   */
  extraSilent?: readonly string[];
};

/** Talk time and turns are all the balance figures read, so a live tracker can score its own tallies too. */
export type SpeakerLoad = { talkMs: number; turns: number };

// Sums run over sorted values so that the order the speakers come in cannot change a figure, not even in its last bit.
const sumSorted = (values: readonly number[]): number => [...values].sort((a, b) => a - b).reduce((sum, value) => sum + value, 0);

/** Normalized Shannon entropy of the shares: 1 when all speak equally long, 0 when one speaker has all the time. */
const computeEntropy = (talk: readonly number[], total: number): number => {
  const terms = talk.filter((ms) => ms > 0).map((ms) => (ms / total) * Math.log(ms / total));
  // Rounding can land a hair outside [0, 1] (e.g. 1.0000000000000002 for equal shares); the figure cannot.
  return Math.min(1, Math.max(0, -sumSorted(terms) / Math.log(talk.length)));
};

/** Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄), with the double sum taken over sorted values in O(n log n). */
const computeGini = (talk: readonly number[], total: number): number => {
  const sorted = [...talk].sort((a, b) => a - b);
  const n = sorted.length;
  // Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σₖ (2k − n + 1) x₍ₖ₎ over the values sorted ascending (k from 0).
  const pairwise = 2 * sorted.reduce((sum, x, k) => sum + (2 * k - n + 1) * x, 0);
  return pairwise / (2 * n * total);
};

/** Population standard deviation of the turns over their mean (Woolley et al. 2010). */
const computeTurnCv = (turns: readonly number[]): number | null => {
  const mean = sumSorted(turns) / turns.length;
  if (mean === 0) return null;
  const variance = sumSorted(turns.map((count) => (count - mean) ** 2)) / turns.length;
  return Math.sqrt(variance) / mean;
};

/**
 * The balance of the speakers given. A figure is null where it is undefined: entropy, gini and turnCv with fewer than
 * two speakers, entropy and gini when nobody spoke (Σ talkMs = 0), turnCv when nobody took a turn; topShare with no
 * speakers or when nobody spoke. One speaker who spoke has topShare 1.
 */
export const scoreBalance = (speakers: readonly SpeakerLoad[]): Balance => {
  const talk = speakers.map((speaker) => speaker.talkMs);
  const total = sumSorted(talk);
  const topShare = total > 0 ? talk.reduce((top, ms) => Math.max(top, ms), 0) / total : null;
  if (speakers.length < 2) return { entropy: null, gini: null, turnCv: null, topShare };
  return {
    entropy: total > 0 ? computeEntropy(talk, total) : null,
    gini: total > 0 ? computeGini(talk, total) : null,
    turnCv: computeTurnCv(speakers.map((speaker) => speaker.turns)),
    topShare,
  };
};

/** Most talk first, then by name (by code unit, so the order does not depend on a locale). */
const bySpeakingTime = (a: SpeakerFigures, b: SpeakerFigures): number =>
  b.talkMs - a.talkMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Each speaker's share of the talk time (0 for all when nobody spoke) and the balance over them all. */
export const computeBalance = (
  tallies: readonly SpeakerTally[],
  options: BalanceOptions = {},
): { speakers: SpeakerFigures[]; balance: Balance } => {
  const silent = (options.extraSilent ?? []).map((name) => ({ name, talkMs: 0, turns: 0, longestTurnMs: 0, backchannels: 0 }));
  const counted = [...tallies, ...silent];
  const total = sumSorted(counted.map((speaker) => speaker.talkMs));
  const speakers = counted
    .map(({ name, talkMs, turns, longestTurnMs, backchannels }) => ({
      name,
      talkMs,
      share: total > 0 ? talkMs / total : 0,
      turns,
      longestTurnMs,
      backchannels,
    }))
    .sort(bySpeakingTime);
  return { speakers, balance: scoreBalance(counted) };
};
