// The check-in library: prompts in kinds with their answer shapes and translatable texts, the organizer's choice and
// its schema, answer schemas, and prompt rotation for recurring series. Pure: no I/O.
export { answerSchemaFor, type CheckinAnswer } from './answer-schema';
export { en as checkinMessagesEn, type CheckinMessageKey, type CheckinMessages } from './catalogue-en';
export { checkinChoiceSchema, customQuestionSchema, MAX_CUSTOM_QUESTION, type CheckinChoice } from './checkin-choice';
export { countCharacters } from './count-characters';
export { describeCheckinQuestion, toInviteCheckin, type CheckinQuestion } from './invite-checkin';
export { pickNextPrompt, type PickNextPromptOptions } from './pick-next-prompt';
export { isRotating, rotateQuestion, type RotateQuestionOptions, type RoundQuestion } from './rotate-question';
export { CHECKIN_PROMPTS, CUSTOM_ANSWER, findPrompt, listPromptsOfKind, MAX_PART_ANSWER, MAX_TEXT_ANSWER, MAX_WORD_ANSWER } from './prompts';
export { PROMPT_KINDS } from './types';
export type { AnswerPart, AnswerPartId, AnswerShape, CheckinKind, CheckinPrompt, CheckinScope, PromptKind, Scale } from './types';
