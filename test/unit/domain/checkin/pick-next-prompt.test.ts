import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKIN_PROMPTS, listPromptsOfKind, pickNextPrompt, PROMPT_KINDS, type PromptKind } from '../../../../server/domain/checkin';

const idsOf = (kind: PromptKind) => listPromptsOfKind(kind).map((prompt) => prompt.id);

/** `count` picks in a row, each one added to the history before the next. */
const pickInRow = (kind: PromptKind, history: readonly string[], count: number, seed?: string): string[] => {
  const used = [...history];
  const picks: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = pickNextPrompt({ kind, usedPromptIds: used, seed });
    picks.push(id);
    used.push(id);
  }
  return picks;
};

const isPermutationOf = (picks: readonly string[], ids: readonly string[]) => new Set(picks).size === ids.length && picks.every((id) => ids.includes(id));

const kind = fc.constantFrom(...PROMPT_KINDS);
const seed = fc.option(fc.string({ maxLength: 12 }), { nil: undefined });
/** Histories a series may have: prompts of any kind, picked by hand or by rotation, and ids since retired. */
const history = fc.array(fc.oneof(fc.constantFrom(...CHECKIN_PROMPTS.map((prompt) => prompt.id)), fc.constantFrom('mood.retired', 'x')), { maxLength: 60 });

describe('pickNextPrompt', () => {
  it('starts a new series with the kind’s first prompt in library order', () => {
    expect(pickNextPrompt({ kind: 'mood', usedPromptIds: [] }).id).toBe('mood.weather');
  });

  it('goes through every prompt of the kind before any comes back, then starts again without repeating the last', () => {
    const ids = idsOf('energy');
    const picks = pickInRow('energy', [], ids.length + 1);
    expect(picks.slice(0, ids.length)).toEqual(ids);
    expect(picks[ids.length]).toBe(ids[0]);
  });

  it('does not open a new cycle with the prompt that closed the last one', () => {
    const ids = idsOf('pulse');
    const closedWithFirst = [...ids.slice(1), ids[0]!];
    expect(pickNextPrompt({ kind: 'pulse', usedPromptIds: closedWithFirst }).id).toBe(ids[1]);
  });

  it('offers prompts not yet used in the cycle after one was picked again by hand', () => {
    expect(pickNextPrompt({ kind: 'pulse', usedPromptIds: ['pulse.freedomInclusionTeam', 'pulse.freedomInclusion', 'pulse.freedomInclusionTeam'] }).id).toBe('pulse.freedomInclusionWeek');
  });

  it('ignores other kinds and retired prompts in the history', () => {
    expect(pickNextPrompt({ kind: 'mood', usedPromptIds: ['need.today', 'mood.weather', 'mood.retired', 'energy.level'] }).id).toBe('mood.oneWord');
  });

  it('gives each seed (say, each series) its own order, the same every time', () => {
    const orders = new Set(['series-a', 'series-b', 'series-c', 'series-d'].map((s) => pickInRow('mood', [], 11, s).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect(pickInRow('mood', [], 11, 'series-a')).toEqual(pickInRow('mood', [], 11, 'series-a'));
  });

  it('property: picks a prompt of the asked kind, the same one for the same history', () => {
    fc.assert(
      fc.property(kind, history, seed, (k, used, s) => {
        const pick = pickNextPrompt({ kind: k, usedPromptIds: used, seed: s });
        expect(pick.kind).toBe(k);
        expect(pickNextPrompt({ kind: k, usedPromptIds: [...used], seed: s })).toBe(pick);
      }),
    );
  });

  it('property: from a new series, picks come in cycles that each use every prompt of the kind once', () => {
    fc.assert(
      fc.property(kind, seed, fc.integer({ min: 1, max: 3 }), (k, s, cycles) => {
        const ids = idsOf(k);
        const picks = pickInRow(k, [], ids.length * cycles, s);
        for (let c = 0; c < cycles; c++) expect(isPermutationOf(picks.slice(c * ids.length, (c + 1) * ids.length), ids)).toBe(true);
      }),
    );
  });

  it('property: after any history, picks finish the cycle without repeats, then run a full cycle, never the same prompt twice in a row', () => {
    fc.assert(
      fc.property(kind, history, seed, (k, used, s) => {
        const ids = idsOf(k);
        const picks = pickInRow(k, used, 2 * ids.length, s);
        const lastUsed = used.filter((id) => ids.includes(id)).at(-1);
        [lastUsed, ...picks].forEach((id, i, all) => i > 0 && expect(id).not.toBe(all[i - 1]));
        const boundaries = Array.from({ length: ids.length + 1 }, (_, j) => j).filter(
          (j) => new Set(picks.slice(0, j)).size === j && isPermutationOf(picks.slice(j, j + ids.length), ids),
        );
        expect(boundaries.length).toBeGreaterThan(0);
      }),
    );
  });
});
