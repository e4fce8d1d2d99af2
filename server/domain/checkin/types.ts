// The check-in library's shapes: kinds of prompt, what an answer to each looks like, and the organizer's choice.
import type { CheckinMessageKey } from './catalogue-en';

export const PROMPT_KINDS = ['mood', 'roseBudThorn', 'successStruggle', 'need', 'energy', 'pulse'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** A library kind, or the organizer's own question. */
export type CheckinKind = PromptKind | 'custom';

export type CheckinScope = 'occurrence' | 'series';

/** A 1–5 scale; its ends are labelled so that people read the numbers the same way. */
export type Scale = { id: string; min: 1; max: 5; labelKey: CheckinMessageKey | null; lowKey: CheckinMessageKey; highKey: CheckinMessageKey };

export type AnswerPartId = 'rose' | 'bud' | 'thorn' | 'success' | 'struggle';
export type AnswerPart = { id: AnswerPartId; labelKey: CheckinMessageKey };

/** What an answer to a prompt looks like, for the form that asks it and the rules that check it. */
export type AnswerShape =
  /** One word or an emoji. */
  | { type: 'word'; maxLength: number }
  | { type: 'text'; maxLength: number }
  /** Several short texts, one per part (rose, bud, thorn; success, struggle). */
  | { type: 'parts'; parts: readonly AnswerPart[]; maxLength: number }
  | { type: 'scale'; scale: Scale }
  /** Several scales answered together (the pulse: freedom and inclusion). */
  | { type: 'scales'; scales: readonly Scale[] };

export type CheckinPrompt = {
  /** Stable: stored with every check-in and used for rotation, so never renamed. */
  id: string;
  kind: PromptKind;
  messageKey: CheckinMessageKey;
  answer: AnswerShape;
};
