import { describe, expect, it } from 'vitest';
import { answerSchemaFor, CUSTOM_ANSWER, findPrompt } from '../../../../server/domain/checkin';

const schemaOf = (promptId: string) => answerSchemaFor(findPrompt(promptId)!.answer);
const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('answerSchemaFor', () => {
  it('takes a word or an emoji for a mood, up to 40 characters', () => {
    expect(schemaOf('mood.weather').parse({ text: ' 🌦️ ' })).toEqual({ text: '🌦️', parts: null, scales: null });
    expect(messageOf(schemaOf('mood.weather').safeParse({ text: 'x'.repeat(41) }))).toBe('An answer can be at most 40 characters long.');
    expect(messageOf(schemaOf('mood.weather').safeParse({ text: ' ' }))).toBe('Give one word or an emoji.');
  });

  it('takes free text up to 1000 characters for a need and for the organizer’s own question', () => {
    expect(schemaOf('need.today').parse({ text: 'Decisions.' }).text).toBe('Decisions.');
    expect(answerSchemaFor(CUSTOM_ANSWER).safeParse({ text: 'x'.repeat(1000) }).success).toBe(true);
    expect(messageOf(answerSchemaFor(CUSTOM_ANSWER).safeParse({ text: 'x'.repeat(1001) }))).toBe('An answer can be at most 1000 characters long.');
  });

  it('takes rose, bud and thorn as parts, any of them left out, but not all', () => {
    expect(schemaOf('roseBudThorn.week').parse({ parts: { rose: 'Shipped', thorn: ' ', bud: 'Holiday' } })).toEqual({
      text: null,
      parts: { rose: 'Shipped', bud: 'Holiday' },
      scales: null,
    });
    expect(messageOf(schemaOf('roseBudThorn.week').safeParse({ parts: {} }))).toBe('Answer at least one part.');
    expect(schemaOf('roseBudThorn.week').safeParse({ parts: { rose: 'x', success: 'y' } }).success).toBe(false);
  });

  it('takes energy as one whole number from 1 to 5', () => {
    expect(schemaOf('energy.level').parse({ scales: { energy: 4 } })).toEqual({ text: null, parts: null, scales: { energy: 4 } });
    for (const energy of [0, 6, 2.5]) expect(schemaOf('energy.level').safeParse({ scales: { energy } }).success).toBe(false);
  });

  it('takes the pulse as two scales, freedom and inclusion, both required', () => {
    expect(schemaOf('pulse.freedomInclusion').parse({ scales: { freedom: 2, inclusion: 5 } }).scales).toEqual({ freedom: 2, inclusion: 5 });
    expect(messageOf(schemaOf('pulse.freedomInclusion').safeParse({ scales: { freedom: 2, inclusion: 7 } }))).toBe('inclusion goes from 1 to 5.');
    expect(schemaOf('pulse.freedomInclusion').safeParse({ scales: { freedom: 2 } }).success).toBe(false);
  });
});
