// The check-in as the API answers it (server/routes/checkin.ts), in the product's words. The round's rules and the
// library's shapes come from the domain; the shapes around them are the routes' answers.
import type { Answer, CheckinChoice, FacilitatorAction, PulseSummary, Round } from '../../server/domain/checkin-round';
import type { AnswerPart, AnswerShape, CheckinKind, PromptKind, Scale } from '../../server/domain/checkin/types';

export type { Answer, AnswerPart, AnswerShape, CheckinChoice, CheckinKind, FacilitatorAction, PromptKind, PulseSummary, Round, Scale };

export type CheckinPrompt = { id: string; kind: PromptKind; messageKey: string; text: string; answer: AnswerShape };

/** The library: its kinds in order, its prompts, and the texts of every message key they use (kinds, parts, scale ends). */
export type CheckinLibrary = { kinds: readonly PromptKind[]; prompts: CheckinPrompt[]; messages: Readonly<Record<string, string>> };

/** The choice in force, with the question it asks and how it is answered. */
export type ChosenCheckin = {
  promptId: string | null;
  customQuestion: string | null;
  anonymous: boolean;
  scope: CheckinChoice['scope'];
  kind: CheckinKind;
  question: string;
  messageKey: string | null;
  answer: AnswerShape;
};

/** outlook: written by the Outlook command; none: no check-in chosen. */
export type InviteStatus = { status: 'written' | 'failed' | 'outlook' | 'none'; message: string | null };

export type AgendaItem = { title: string; minutes: number | null };

/** A person the facilitator can hand the round over to (when the server knows their user id). */
export type CheckinParticipant = { id: string; name: string; email?: string };

export type CheckinView = {
  meeting: { eventId: string; subject: string; start: string; end: string; isOrganizer: boolean };
  choice: ChosenCheckin | null;
  invite: InviteStatus;
  round: Round & { isFacilitator: boolean };
  /** Only what this person may see: anonymous answers only once revealed. */
  answers: Answer[];
  answerCount: number;
  myAnswer: Answer | null;
  pulse: PulseSummary | null;
  agenda: AgendaItem[];
  /** Where the live stream starts for this state. */
  lastEventId: string | null;
  participants?: CheckinParticipant[];
};

export type SavedCheckin = { choice: ChosenCheckin; invite: InviteStatus };

export type AnswerSubmission = { submissionId: string; text?: string; scales?: Record<string, number> };
