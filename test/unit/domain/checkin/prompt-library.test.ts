import { describe, expect, it } from 'vitest';
import {
  CHECKIN_PROMPTS,
  checkinMessagesEn,
  findPrompt,
  listPromptsOfKind,
  PROMPT_KINDS,
  type CheckinMessageKey,
  type CheckinPrompt,
} from '../../../../server/domain/checkin';

/** Every message key a prompt needs to be shown: its text, its parts' labels, its scales' names and ends. */
const keysOf = (prompt: CheckinPrompt): CheckinMessageKey[] => {
  const { answer } = prompt;
  const keys: (CheckinMessageKey | null)[] = [prompt.messageKey];
  if (answer.type === 'parts') keys.push(...answer.parts.map((part) => part.labelKey));
  const scales = answer.type === 'scale' ? [answer.scale] : answer.type === 'scales' ? answer.scales : [];
  for (const scale of scales) keys.push(scale.labelKey, scale.lowKey, scale.highKey);
  return keys.filter((key): key is CheckinMessageKey => key !== null);
};

describe('the check-in library', () => {
  it('holds at least 40 prompts, with stable ids of the form kind.name, each once', () => {
    expect(CHECKIN_PROMPTS.length).toBeGreaterThanOrEqual(40);
    const ids = CHECKIN_PROMPTS.map((prompt) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const prompt of CHECKIN_PROMPTS) expect(prompt.id).toMatch(new RegExp(`^${prompt.kind}\\.[a-zA-Z]+$`));
  });

  it('has several prompts of every kind, so rotation has somewhere to go', () => {
    for (const kind of PROMPT_KINDS) expect(listPromptsOfKind(kind).length, kind).toBeGreaterThanOrEqual(3);
  });

  it('gives every prompt English text for its question, parts and scales — through message keys, so it can be translated', () => {
    for (const prompt of CHECKIN_PROMPTS) {
      for (const key of keysOf(prompt)) expect(checkinMessagesEn[key]?.trim(), `${prompt.id}: ${key}`).toBeTruthy();
    }
    for (const kind of [...PROMPT_KINDS, 'custom'] as const) expect(checkinMessagesEn[`checkin.kind.${kind}`]).toBeTruthy();
  });

  it('has no English text nobody uses', () => {
    const used = new Set<string>([...CHECKIN_PROMPTS.flatMap(keysOf), 'checkin.invite.heading', 'checkin.invite.anonymous', 'checkin.invite.named', 'checkin.invite.rotates']);
    for (const kind of [...PROMPT_KINDS, 'custom']) used.add(`checkin.kind.${kind}`);
    expect(Object.keys(checkinMessagesEn).filter((key) => !used.has(key))).toEqual([]);
  });

  it('asks each kind for the answer it needs', () => {
    for (const prompt of listPromptsOfKind('mood')) expect(prompt.answer).toEqual({ type: 'word', maxLength: 40 });
    for (const prompt of listPromptsOfKind('roseBudThorn')) expect(prompt.answer).toMatchObject({ type: 'parts', parts: [{ id: 'rose' }, { id: 'bud' }, { id: 'thorn' }] });
    for (const prompt of listPromptsOfKind('successStruggle')) expect(prompt.answer).toMatchObject({ type: 'parts', parts: [{ id: 'success' }, { id: 'struggle' }], maxLength: 1000 });
    for (const prompt of listPromptsOfKind('need')) expect(prompt.answer).toEqual({ type: 'text', maxLength: 1000 });
    for (const prompt of listPromptsOfKind('energy')) expect(prompt.answer).toMatchObject({ type: 'scale', scale: { id: 'energy', min: 1, max: 5 } });
    for (const prompt of listPromptsOfKind('pulse')) {
      expect(prompt.answer).toMatchObject({ type: 'scales', scales: [{ id: 'freedom', min: 1, max: 5 }, { id: 'inclusion', min: 1, max: 5 }] });
    }
  });

  it('asks the pulse in the words of the product', () => {
    expect(checkinMessagesEn[findPrompt('pulse.freedomInclusion')!.messageKey]).toBe('Where do you need more — freedom or inclusion?');
  });

  it('finds a prompt by id, and nothing for an id it does not have', () => {
    expect(findPrompt('mood.weather')?.kind).toBe('mood');
    expect(findPrompt('mood.nope')).toBeUndefined();
  });
});
