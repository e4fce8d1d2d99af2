// What an answer to a prompt must look like, as a zod schema built from the prompt's answer shape. Answers are
// stored as text, parts (rose, bud, thorn…) or scales (energy; freedom and inclusion), whichever the shape asks for.
import { z } from 'zod';
import { countCharacters } from './count-characters';
import type { AnswerShape, Scale } from './types';

export type CheckinAnswer = {
  text: string | null;
  parts: Record<string, string> | null;
  scales: Record<string, number> | null;
};

const textOf = (maxLength: number, emptyMessage: string) =>
  z
    .string({ error: 'The answer must be text.' })
    .trim()
    .min(1, { error: emptyMessage })
    .refine((text) => countCharacters(text) <= maxLength, { error: `An answer can be at most ${maxLength} characters long.` });

const scaleValue = (scale: Scale) =>
  z
    .number({ error: `Give ${scale.id} as a number from ${scale.min} to ${scale.max}.` })
    .int({ error: `Give ${scale.id} as a whole number from ${scale.min} to ${scale.max}.` })
    .min(scale.min, { error: `${scale.id} goes from ${scale.min} to ${scale.max}.` })
    .max(scale.max, { error: `${scale.id} goes from ${scale.min} to ${scale.max}.` });

const scalesOf = (scales: readonly Scale[]) =>
  z.object({ scales: z.strictObject(Object.fromEntries(scales.map((scale) => [scale.id, scaleValue(scale)]))) }).transform(
    ({ scales: values }): CheckinAnswer => ({ text: null, parts: null, scales: values as Record<string, number> }),
  );

/** The schema of an answer to a prompt of this shape; its output is what the live round stores. */
export const answerSchemaFor = (shape: AnswerShape): z.ZodType<CheckinAnswer> => {
  switch (shape.type) {
    case 'word':
      return z.object({ text: textOf(shape.maxLength, 'Give one word or an emoji.') }).transform(({ text }) => ({ text, parts: null, scales: null }));
    case 'text':
      return z.object({ text: textOf(shape.maxLength, 'Write an answer.') }).transform(({ text }) => ({ text, parts: null, scales: null }));
    case 'parts': {
      const part = z
        .string({ error: 'Each part of the answer must be text.' })
        .trim()
        .refine((text) => countCharacters(text) <= shape.maxLength, { error: `Each part can be at most ${shape.maxLength} characters long.` });
      const parts = z.strictObject(Object.fromEntries(shape.parts.map(({ id }) => [id, part.optional()])));
      return z
        .object({ parts })
        .transform(({ parts: given }): CheckinAnswer => {
          const filled = Object.fromEntries(Object.entries(given).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
          return { text: null, parts: filled, scales: null };
        })
        .refine((answer) => Object.keys(answer.parts ?? {}).length > 0, { error: 'Answer at least one part.' });
    }
    case 'scale':
      return scalesOf([shape.scale]);
    case 'scales':
      return scalesOf(shape.scales);
  }
};
