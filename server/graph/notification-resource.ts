// Which transcript a Microsoft Graph change notification is about. Graph names it in `resource` (and again in
// resourceData's @odata.id), as communications/onlineMeetings('{meeting}')/transcripts('{transcript}') — or, for
// some subscriptions, with users('{id}')/ in front or path segments instead of keys. Pure: no Graph calls.

export type TranscriptRef = { onlineMeetingId: string; transcriptId: string };

// One key: ('…') with '' for a quote inside, or a path segment. No nested quantifiers: linear time on any input.
const KEY = String.raw`(?:\('((?:[^']|'')*)'\)|\/([^/?()']+))`;
const TRANSCRIPT_RESOURCE = new RegExp(String.raw`onlineMeetings${KEY}\/transcripts${KEY}`, 'i');

const decoded = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

const keyOf = (quoted: string | undefined, segment: string | undefined): string => decoded(quoted !== undefined ? quoted.replaceAll("''", "'") : (segment ?? ''));

/** The meeting and transcript a notification's resource names; null when it names something else. */
export const parseTranscriptResource = (resource: string): TranscriptRef | null => {
  if (resource.length > 4096) return null;
  const match = TRANSCRIPT_RESOURCE.exec(resource);
  if (!match) return null;
  const onlineMeetingId = keyOf(match[1], match[2]);
  const transcriptId = keyOf(match[3], match[4]);
  return onlineMeetingId && transcriptId ? { onlineMeetingId, transcriptId } : null;
};
