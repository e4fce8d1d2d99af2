// What people wrote in the demo history: check-in answers that fit each prompt's shape (one word, a sentence, rose/bud/
// thorn or success/struggle lines as the answer form joins them, 1–5 scales), and praise messages.
import { findPrompt } from '../domain/checkin';
import { between, chance } from './demo-random';

const WORDS = ['Sunny', 'Foggy', 'Curious', 'Steady', 'Stretched', 'Hopeful', 'Calm', 'Busy', 'Drizzle', 'Buzzing', 'Tired', 'Focused', '☕', '🌤️', '🚀'];

const SENTENCES = [
  'A decision on the onboarding scope, so we can stop going round in circles.',
  'Ten minutes on the migration risks before we commit.',
  'Honest feedback on the draft I shared on Monday.',
  'To hear what the others think before I push my proposal.',
  'Clarity on who owns the pricing page.',
  'Nothing big — just to catch up with everyone.',
  'Help unblocking the data export for the research study.',
];

const ROSES = ['The beta customers liked the new flow', 'We shipped the fix on time', 'Great pairing session with the team', 'Interviews went better than expected'];
const BUDS = ['Kick-off of the analytics work', 'The offsite next month', 'Trying the new planning format', 'First results of the survey'];
const THORNS = ['Too many meetings this week', 'The flaky test suite', 'Waiting on legal review', 'Unclear priorities after the reorg'];
const SUCCESSES = ['Closed the renewal with the pilot customer', 'Finished the research synthesis', 'Got the dashboard into review'];
const STRUGGLES = ['Context switching between two projects', 'Getting time with the busy stakeholders', 'Estimating the integration work'];

const pick = (list: readonly string[], ...salt: string[]): string => list[Math.floor(chance(...salt) * list.length)] ?? list[0] ?? '';

export type AnswerContent = { text: string | null; scales: Record<string, number> | null };

/** An answer to the prompt in its shape; `scales` gives the 1–5 values of scale prompts. */
export const answerTo = (promptId: string, scales: () => Record<string, number>, ...salt: string[]): AnswerContent => {
  const shape = findPrompt(promptId)?.answer;
  switch (shape?.type) {
    case 'word':
      return { text: pick(WORDS, 'word', ...salt), scales: null };
    case 'parts':
      return shape.parts.some((part) => part.id === 'rose')
        ? { text: `Rose: ${pick(ROSES, 'rose', ...salt)}\nBud: ${pick(BUDS, 'bud', ...salt)}\nThorn: ${pick(THORNS, 'thorn', ...salt)}`, scales: null }
        : { text: `A success: ${pick(SUCCESSES, 'success', ...salt)}\nA struggle: ${pick(STRUGGLES, 'struggle', ...salt)}`, scales: null };
    case 'scale':
    case 'scales':
      return { text: null, scales: scales() };
    default:
      return { text: pick(SENTENCES, 'sentence', ...salt), scales: null };
  }
};

/** A 1–5 value around `centre`, a step either way now and then. */
export const scaleAround = (centre: number, ...salt: string[]): number => Math.min(5, Math.max(1, Math.round(centre) + between(-1, 1, ...salt)));

const PRAISE = [
  'Thank you for untangling the release plan — everyone knew what to do afterwards.',
  'You asked the question nobody dared to ask, and it changed the decision.',
  'Your research summary made the trade-offs obvious. Brilliant work.',
  'Thanks for jumping in on the incident at midnight.',
  'The way you brought the quieter voices in today made a real difference.',
  'Clear, kind and direct feedback on the design — exactly what we needed.',
  'You owned the migration end to end. Impressive.',
  'Thanks for mentoring the new joiners this month.',
];

const TEAM_PRAISE = ['What a quarter, team: every milestone landed.', 'Thank you all for a calm, focused launch week.'];

export const praiseMessage = (isTeam: boolean, ...salt: string[]): string => pick(isTeam ? TEAM_PRAISE : PRAISE, 'praise', ...salt);
