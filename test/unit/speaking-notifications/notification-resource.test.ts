import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscriptResource } from '../../../server/graph/notification-resource';

const sample = JSON.parse(readFileSync(new URL('../../../../shared/fixtures/graph/changeNotification-transcript-without-resource-data.json', import.meta.url), 'utf8')) as {
  resource: string;
  resourceData: { id: string; '@odata.id': string };
};

describe('parseTranscriptResource', () => {
  it('reads the meeting and transcript of Graph’s documented notification', () => {
    const ref = parseTranscriptResource(sample.resource);
    expect(ref?.transcriptId).toBe(sample.resourceData.id);
    expect(ref?.onlineMeetingId).toMatch(/^MSo5NzZm/);
    expect(parseTranscriptResource(sample.resourceData['@odata.id'])).toEqual(ref);
  });

  it('reads the users(…)/ and path-segment forms, quotes and percent-encoding', () => {
    expect(parseTranscriptResource("users('u1')/onlineMeetings('M1')/transcripts('T1')")).toEqual({ onlineMeetingId: 'M1', transcriptId: 'T1' });
    expect(parseTranscriptResource('users/u1/onlineMeetings/M1/transcripts/T%3D1')).toEqual({ onlineMeetingId: 'M1', transcriptId: 'T=1' });
    expect(parseTranscriptResource("communications/onlineMeetings('it''s')/transcripts('T')")).toEqual({ onlineMeetingId: "it's", transcriptId: 'T' });
  });

  it('names nothing for other resources, empty keys and oversized input', () => {
    expect(parseTranscriptResource("communications/onlineMeetings('M1')/recordings('R1')")).toBeNull();
    expect(parseTranscriptResource("communications/onlineMeetings('')/transcripts('T')")).toBeNull();
    expect(parseTranscriptResource('users/u1/messages/abc')).toBeNull();
    expect(parseTranscriptResource(`communications/onlineMeetings('${'M'.repeat(5000)}')/transcripts('T')`)).toBeNull();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const ref = parseTranscriptResource(`onlineMeetings('${text}')/transcripts/${text}`);
      expect(ref === null || typeof ref.transcriptId === 'string').toBe(true);
    }));
  });
});
