// The check-in library: at least 40 prompts in six kinds. Ids are stable (stored with every check-in and used for
// rotation): add prompts, but never rename or reuse an id.
import type { CheckinMessageKey } from './catalogue-en';
import type { AnswerShape, CheckinPrompt, PromptKind, Scale } from './types';

export const MAX_WORD_ANSWER = 40;
export const MAX_TEXT_ANSWER = 1000;
/** Rose, bud and thorn are three short texts; together they stay within a text answer's length. */
export const MAX_PART_ANSWER = 300;

const word: AnswerShape = { type: 'word', maxLength: MAX_WORD_ANSWER };
const text: AnswerShape = { type: 'text', maxLength: MAX_TEXT_ANSWER };
const roseBudThorn: AnswerShape = {
  type: 'parts',
  parts: [
    { id: 'rose', labelKey: 'checkin.part.rose' },
    { id: 'bud', labelKey: 'checkin.part.bud' },
    { id: 'thorn', labelKey: 'checkin.part.thorn' },
  ],
  maxLength: MAX_PART_ANSWER,
};
const successStruggle: AnswerShape = {
  type: 'parts',
  parts: [
    { id: 'success', labelKey: 'checkin.part.success' },
    { id: 'struggle', labelKey: 'checkin.part.struggle' },
  ],
  maxLength: MAX_TEXT_ANSWER,
};

type ScaleName = 'energy' | 'battery' | 'focus' | 'capacity' | 'calm' | 'rested' | 'momentum';
/** Every energy prompt is one `energy` scale, its ends worded for the question; higher is always better. */
const energy = (ends: ScaleName): AnswerShape => ({
  type: 'scale',
  scale: { id: 'energy', min: 1, max: 5, labelKey: 'checkin.scale.energy', lowKey: `checkin.scale.${ends}.low`, highKey: `checkin.scale.${ends}.high` },
});

const freedom: Scale = { id: 'freedom', min: 1, max: 5, labelKey: 'checkin.scale.freedom', lowKey: 'checkin.scale.freedom.low', highKey: 'checkin.scale.freedom.high' };
const inclusion: Scale = { id: 'inclusion', min: 1, max: 5, labelKey: 'checkin.scale.inclusion', lowKey: 'checkin.scale.inclusion.low', highKey: 'checkin.scale.inclusion.high' };
/** The pulse keeps the same two scales whatever its wording, so its answers make one trend per series. */
const pulse: AnswerShape = { type: 'scales', scales: [freedom, inclusion] };

/** A prompt `kind.name`, whose text is `checkin.prompt.kind.name` (a compile error if the catalogue lacks it). */
const prompt = <K extends PromptKind, N extends string>(
  kind: K,
  name: N & (`checkin.prompt.${K}.${N}` extends CheckinMessageKey ? N : never),
  answer: AnswerShape,
): CheckinPrompt => ({ id: `${kind}.${name}`, kind, messageKey: `checkin.prompt.${kind}.${name}` as CheckinMessageKey, answer });

export const CHECKIN_PROMPTS: readonly CheckinPrompt[] = [
  prompt('mood', 'weather', word),
  prompt('mood', 'oneWord', word),
  prompt('mood', 'emoji', word),
  prompt('mood', 'colour', word),
  prompt('mood', 'animal', word),
  prompt('mood', 'season', word),
  prompt('mood', 'dish', word),
  prompt('mood', 'texture', word),
  prompt('mood', 'bringing', word),
  prompt('mood', 'landscape', word),
  prompt('mood', 'headline', word),

  prompt('roseBudThorn', 'week', roseBudThorn),
  prompt('roseBudThorn', 'project', roseBudThorn),
  prompt('roseBudThorn', 'sinceLast', roseBudThorn),
  prompt('roseBudThorn', 'team', roseBudThorn),
  prompt('roseBudThorn', 'personal', roseBudThorn),
  prompt('roseBudThorn', 'month', roseBudThorn),

  prompt('successStruggle', 'week', successStruggle),
  prompt('successStruggle', 'learning', successStruggle),
  prompt('successStruggle', 'help', successStruggle),
  prompt('successStruggle', 'proud', successStruggle),
  prompt('successStruggle', 'surprise', successStruggle),
  prompt('successStruggle', 'people', successStruggle),

  prompt('need', 'today', text),
  prompt('need', 'gladYouCame', text),
  prompt('need', 'support', text),
  prompt('need', 'present', text),
  prompt('need', 'decision', text),
  prompt('need', 'ask', text),
  prompt('need', 'unblock', text),
  prompt('need', 'bestWork', text),

  prompt('energy', 'level', energy('energy')),
  prompt('energy', 'battery', energy('battery')),
  prompt('energy', 'focus', energy('focus')),
  prompt('energy', 'capacity', energy('capacity')),
  prompt('energy', 'calm', energy('calm')),
  prompt('energy', 'rested', energy('rested')),
  prompt('energy', 'momentum', energy('momentum')),

  prompt('pulse', 'freedomInclusion', pulse),
  prompt('pulse', 'freedomInclusionTeam', pulse),
  prompt('pulse', 'freedomInclusionWeek', pulse),
];

const byId = new Map(CHECKIN_PROMPTS.map((entry) => [entry.id, entry]));

export const findPrompt = (id: string): CheckinPrompt | undefined => byId.get(id);

/** The prompts of one kind, in library order. */
export const listPromptsOfKind = (kind: PromptKind): CheckinPrompt[] => CHECKIN_PROMPTS.filter((entry) => entry.kind === kind);

/** The organizer's own question is answered in free text. */
export const CUSTOM_ANSWER: AnswerShape = text;
