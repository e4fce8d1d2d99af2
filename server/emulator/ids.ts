// Deterministic, Graph-shaped identifiers: the same seed always yields the same ids, and each kind of id looks like
// the one Microsoft 365 hands out (GUIDs, Exchange item ids, Teams meeting and transcript ids), while staying opaque.
import { createHash } from 'node:crypto';

export const digest = (...parts: string[]): Buffer => createHash('sha256').update(parts.join('\u0000')).digest();

/** A version-4-shaped GUID derived from the parts. */
export const guidFrom = (...parts: string[]): string => {
  const bytes = digest(...parts).subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** Exchange item ids are base64 with '-' and '_' in place of '+' and '/', padding kept. */
const exchangeBase64 = (bytes: Buffer): string => bytes.toString('base64').replaceAll('+', '-').replaceAll('/', '_');
const fromExchangeBase64 = (text: string): Buffer => Buffer.from(text.replaceAll('-', '+').replaceAll('_', '/'), 'base64');

const ITEM_PREFIX = 'AAMkAD';
const ITEM_KEY_BYTES = 28;
const OCCURRENCE_MARK = 0x07;

/** The 28-byte key of one mailbox's copy of one meeting, as text (map key). */
export const itemKey = (mailboxId: string, meetingKey: string): string => exchangeBase64(digest('item', mailboxId, meetingKey).subarray(0, ITEM_KEY_BYTES));

export const eventIdFor = (key: string): string => `${ITEM_PREFIX}${key}`;

/** An occurrence id: the master's key followed by the occurrence's original start, so it can be read back. */
export const occurrenceIdFor = (key: string, originalStart: Date): string => {
  const time = Buffer.alloc(8);
  time.writeBigUInt64BE(BigInt(originalStart.getTime()));
  return `${ITEM_PREFIX}${exchangeBase64(Buffer.concat([fromExchangeBase64(key), Buffer.from([OCCURRENCE_MARK]), time]))}`;
};

export type ParsedEventId = { key: string; originalStart: Date | null };

export const parseEventId = (id: string): ParsedEventId | null => {
  if (!id.startsWith(ITEM_PREFIX)) return null;
  const bytes = fromExchangeBase64(id.slice(ITEM_PREFIX.length));
  if (bytes.length === ITEM_KEY_BYTES) return { key: exchangeBase64(bytes), originalStart: null };
  if (bytes.length !== ITEM_KEY_BYTES + 9 || bytes[ITEM_KEY_BYTES] !== OCCURRENCE_MARK) return null;
  const millis = Number(bytes.readBigUInt64BE(ITEM_KEY_BYTES + 1));
  return { key: exchangeBase64(bytes.subarray(0, ITEM_KEY_BYTES)), originalStart: new Date(millis) };
};

/** Exchange change keys: 22 opaque bytes in base64. */
export const changeKeyFor = (...parts: string[]): string => digest('changeKey', ...parts).subarray(0, 22).toString('base64');

const ICAL_CLASS = '040000008200E00074C5B7101A82E008';

/** An Outlook iCalUId; occurrences carry their date in bytes 16–19 as Exchange does. */
export const iCalUIdFor = (meetingKey: string, occurrence: Date | null): string => {
  const date = occurrence
    ? occurrence.getUTCFullYear().toString(16).padStart(4, '0') +
      (occurrence.getUTCMonth() + 1).toString(16).padStart(2, '0') +
      occurrence.getUTCDate().toString(16).padStart(2, '0')
    : '00000000';
  const instance = date.toUpperCase();
  const hash = digest('ical', meetingKey).toString('hex').toUpperCase();
  return `${ICAL_CLASS}${instance}${hash.slice(0, 16)}000000000000000010000000${hash.slice(16, 48)}`;
};

/** Teams meeting chat thread: 19:meeting_<base64 of a GUID>@thread.v2 */
export const meetingThreadIdFor = (meetingKey: string): string =>
  `19:meeting_${Buffer.from(guidFrom('thread', meetingKey)).toString('base64')}@thread.v2`;

/** Online meeting ids are base64 of "1*<organizer oid>*0**<thread id>" (padding dropped). */
export const onlineMeetingIdFor = (organizerId: string, threadId: string): string =>
  Buffer.from(`1*${organizerId}*0**${threadId}`).toString('base64').replace(/=+$/, '');

/** Transcript ids are base64 of "1##0##<guid>". */
export const transcriptIdFor = (...parts: string[]): string => Buffer.from(`1##0##${guidFrom('transcript', ...parts)}`).toString('base64');

/** A number of `digits` digits derived from the parts (conference ids, passcodes). */
export const digitsFrom = (digits: number, ...parts: string[]): string => {
  const value = digest('digits', ...parts).readBigUInt64BE(0) % 10n ** BigInt(digits);
  return value.toString().padStart(digits, '1');
};

/** A deterministic fraction in [0, 1) for jitter in the seed. */
export const fractionFrom = (...parts: string[]): number => digest('fraction', ...parts).readUInt32BE(0) / 2 ** 32;
