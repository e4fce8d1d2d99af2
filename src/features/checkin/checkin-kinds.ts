// The library grouped by kind, in the library's order of kinds.
import type { CheckinLibrary, CheckinPrompt, PromptKind } from '../../api';

/** The organizer's own question, offered after the library's kinds. */
export const CUSTOM_KIND = 'custom';

export type PromptGroup = { kind: PromptKind; prompts: CheckinPrompt[] };

export const groupPrompts = (library: CheckinLibrary): PromptGroup[] =>
  library.kinds.map((kind) => ({ kind, prompts: library.prompts.filter((prompt) => prompt.kind === kind) })).filter((group) => group.prompts.length > 0);
