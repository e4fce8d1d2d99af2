// The shared transcript fixtures (../shared/fixtures/transcripts) and a small writer for hand-made WebVTT in tests.
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../../../../shared/fixtures/transcripts/', import.meta.url);

export const readFixture = (file: string): string => readFileSync(new URL(file, FIXTURES), 'utf8');

export const realTranscripts = {
  azureNetwork: 'nicolasblank_AZMGZA__Transcript_Azure_Network.vtt',
  dataDeepDive: 'nicolasblank_AZMGZA__Transcript_Data_Deep_Dive.vtt',
  entraSuite: 'nicolasblank_AZMGZA__Transcript_Entra_Suite.vtt',
  vsCode: 'nicolasblank_AZMGZA__Transcript_VS_Code_for_IT_Admins.vtt',
} as const;

export const otherFixtures = {
  entitiesExcerpt: 'excerpt__teams_html_entities_overlap.vtt',
  graphContent: 'msgraph-docs-contrib__calltranscript-get__content.vtt',
  graphMetadata: 'msgraph-docs-contrib__calltranscript-get__metadataContent.vtt',
  streamNoVoice: 'tdicknet_vtt2txt-html__README__microsoft_stream_no_voice.vtt',
} as const;

/** A cue for `writeVtt`: seconds as numbers, the speaker (or null for no voice tag), and optional text. */
export type CueSpec = [start: number, end: number, speaker: string | null, text?: string];

const timestamp = (seconds: number): string => {
  const ms = Math.round(seconds * 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/** A Teams-shaped transcript of the cues, in the order given. */
export const writeVtt = (cues: readonly CueSpec[]): string =>
  'WEBVTT\n\n' +
  cues
    .map(([start, end, speaker, text = 'Words.'], index) => {
      const payload = speaker === null ? text : `<v ${speaker}>${text}</v>`;
      return `cue-${index}\n${timestamp(start)} --> ${timestamp(end)}\n${payload}\n`;
    })
    .join('\n');
