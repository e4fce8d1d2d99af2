// Agenda extraction: the items of an invite's agenda, with their timeboxes, for the steps shown after the check-in.
export { extractAgenda, MAX_BODY_CHARS } from './extract-agenda';
export { splitDuration } from './parse-duration';
export type { Agenda, AgendaItem } from './types';
