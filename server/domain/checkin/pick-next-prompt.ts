// Prompt rotation for a recurring series: each occurrence gets the next prompt of the chosen kind, and no prompt comes
// back until every prompt of the kind has had its turn (a cycle); the next cycle never opens with the prompt that
// closed the last one. The pick depends only on the series' history (and its seed), so every server agrees on it.
import { listPromptsOfKind } from './prompts';
import type { CheckinPrompt, PromptKind } from './types';

export type PickNextPromptOptions = {
  kind: PromptKind;
  /** The prompt ids this series used so far, oldest first; other kinds and ids no longer in the library are ignored. */
  usedPromptIds: readonly string[];
  /** Optional, e.g. the series id: gives each series its own order through the kind instead of the library's. */
  seed?: string;
};

/** FNV-1a: a small, stable hash of the seed. */
const hashSeed = (seed: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return hash >>> 0;
};

/** Mulberry32: a tiny deterministic generator, enough to shuffle a few prompts the same way everywhere. */
const createRandom = (state: number) => () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const orderFor = (kind: PromptKind, seed: string): CheckinPrompt[] => {
  const prompts = listPromptsOfKind(kind);
  if (seed === '') return prompts;
  const random = createRandom(hashSeed(`${kind}\u0000${seed}`));
  for (let i = prompts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [prompts[i], prompts[j]] = [prompts[j] as CheckinPrompt, prompts[i] as CheckinPrompt];
  }
  return prompts;
};

export const pickNextPrompt = ({ kind, usedPromptIds, seed = '' }: PickNextPromptOptions): CheckinPrompt => {
  const order = orderFor(kind, seed);
  const ofKind = new Set(order.map((entry) => entry.id));
  // Walk the history: a cycle closes once every prompt of the kind was used in it. A prompt the organizer picked
  // again by hand inside a cycle does not open a new one, so the prompts not yet used still come first.
  let cycle = new Set<string>();
  let last: string | undefined;
  for (const id of usedPromptIds) {
    if (!ofKind.has(id)) continue;
    if (cycle.size === order.length) cycle = new Set();
    cycle.add(id);
    last = id;
  }
  const isCycleClosed = cycle.size === order.length;
  const next = order.find((entry) => (isCycleClosed ? entry.id !== last : !cycle.has(entry.id)));
  // Only a kind with a single prompt has nothing else to offer.
  return next ?? (order[0] as CheckinPrompt);
};
