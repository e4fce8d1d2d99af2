// Where the Outlook pane's editor starts: from the check-in block already in the invite (a library prompt when its
// question is one, else the organizer's own), else from the library's first prompt; the scope is what Outlook has open.
import type { CheckinBlock } from '../../../server/domain/invite';
import type { CheckinChoice, CheckinPrompt } from '../../api';
import { CUSTOM_KIND, type PromptGroup } from '../../features/checkin/checkin-kinds';
import { draftFrom, type CheckinDraft } from '../../features/checkin/checkin-draft';
import type { AppointmentKind } from '../../host/office';

/** Outlook edits either the whole series or one meeting: the check-in is for what is open. */
export const scopeOf = (kind: AppointmentKind): CheckinChoice['scope'] => (kind === 'series' ? 'series' : 'occurrence');

export const draftFromBlock = (block: CheckinBlock | null, groups: readonly PromptGroup[], prompts: readonly CheckinPrompt[], kind: AppointmentKind): CheckinDraft => {
  const scope = scopeOf(kind);
  const fresh = { ...draftFrom(null, groups), scope };
  if (!block?.question) return { ...fresh, anonymous: block?.anonymous ?? fresh.anonymous };
  const anonymous = block.anonymous ?? false;
  const prompt = prompts.find((candidate) => candidate.text === block.question);
  if (prompt) return { kind: prompt.kind, promptId: prompt.id, customQuestion: '', anonymous, scope };
  return { kind: CUSTOM_KIND, promptId: null, customQuestion: block.question, anonymous, scope };
};
