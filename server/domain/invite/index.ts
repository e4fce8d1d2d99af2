// The invite-body merge: Roundtable's check-in block in an event body (HTML or plain text), and the Teams meeting
// blob it must never touch. Pure: works on the body's string, never on a re-serialised document.
export { locateCheckinBlocks, readCheckinBlock, removeCheckinBlock, writeCheckinBlock } from './checkin-block';
export { findMeetingBlob } from './find-meeting-blob';
export { normalizeBlockText } from './checkin-markers';
export type { BlockDelimiter, CheckinBlock, CheckinBlockLabels, InviteBody, InviteCheckin, LocatedBlock, MeetingBlob, TextRange } from './types';
