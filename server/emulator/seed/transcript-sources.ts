// The real Teams transcripts in ../shared/fixtures/transcripts, with their speakers renamed to demo people.
// Only the names inside <v …> tags change; every other byte of each file is kept.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_TRANSCRIPTS_DIR = fileURLToPath(new URL('../../../../shared/fixtures/transcripts/', import.meta.url));

/** A fixture file and who each of its speakers becomes (demo display names; Aroha attends but never speaks). */
type SourceSpec = { file: string; needsHeader: boolean; speakers: Record<string, string> };

// One mapping per source; names that recur across files (Nicolas Blank, Schalk van Wyk, …) map to the same person.
const sources: SourceSpec[] = [
  {
    file: 'nicolasblank_AZMGZA__Transcript_Data_Deep_Dive.vtt',
    needsHeader: false,
    speakers: {
      'Nicolas Blank': 'Hiroshi Tanaka',
      'Schalk van Wyk': 'Lucía Fernández',
      'Matthew Levy': 'Priya Raman',
      'Ian van Niekerk': 'Jonas Weber',
      Jaco: 'Mateus Silva',
      'Dean Sardinus': 'Fatima Al-Sayed',
    },
  },
  {
    file: 'nicolasblank_AZMGZA__Transcript_Entra_Suite.vtt',
    needsHeader: false,
    speakers: {
      'Nicolas Blank': 'Hiroshi Tanaka',
      'Schalk van Wyk': 'Lucía Fernández',
      'Matthew Levy': 'Priya Raman',
      'Shaun Hardneck': 'Mateus Silva',
      'Michael Engelbrecht': 'Jonas Weber',
    },
  },
  {
    file: 'nicolasblank_AZMGZA__Transcript_Azure_Network.vtt',
    needsHeader: false,
    speakers: {
      'Nicolas Blank': 'Hiroshi Tanaka',
      'Schalk van Wyk': 'Lucía Fernández',
      'Blessing Bowora | Cyberlogic': 'Mateus Silva',
      'Warren du Toit': 'Jonas Weber',
      'Neil Knapp | Cyberlogic': 'Fatima Al-Sayed',
    },
  },
  {
    file: 'nicolasblank_AZMGZA__Transcript_VS_Code_for_IT_Admins.vtt',
    needsHeader: false,
    speakers: {
      'Nicolas Blank': 'Hiroshi Tanaka',
      'Matthew Levy': 'Priya Raman',
      'Blessing Bowora | Cyberlogic': 'Mateus Silva',
      tichman: 'Fatima Al-Sayed',
    },
  },
  {
    // Quoted without its header line, and with an HTML entity in a name: keep that style in the new name.
    file: 'excerpt__teams_html_entities_overlap.vtt',
    needsHeader: true,
    speakers: {
      'Carlos Far&#237;as': 'Luc&#237;a Fern&#225;ndez',
      'Alfredo Artigas': 'Mateus Silva',
      'Mauricio Cruzat': 'Jonas Weber',
    },
  },
];

export type TranscriptSource = {
  file: string;
  content: string;
  /** Demo display names (entities decoded) of everyone who speaks. */
  speakerNames: string[];
  /** End of the last cue, in ms from the start of transcription. */
  durationMs: number;
};

const decodeEntities = (text: string): string => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

export const timestampMs = (stamp: string): number => {
  const [clock = '0', fraction = '0'] = stamp.split('.');
  const fields = clock.split(':').map(Number);
  const seconds = fields.reduce((total, field) => total * 60 + field, 0);
  return seconds * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
};

export const lastCueEndMs = (vtt: string): number => {
  let latest = 0;
  for (const match of vtt.matchAll(/-->\s*([\d:.]+)/g)) latest = Math.max(latest, timestampMs(match[1] ?? '0'));
  return latest;
};

const renameSpeakers = (vtt: string, speakers: Record<string, string>, file: string): string =>
  vtt.replace(/<v ([^>]+)>/g, (_, original: string) => {
    const renamed = speakers[original];
    if (!renamed) throw new Error(`No demo person for speaker '${original}' in ${file}`);
    return `<v ${renamed}>`;
  });

const readSource = async (dir: string, file: string): Promise<string> => {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(
      `The demo's Teams transcripts are missing: ${join(dir, file)} does not exist. They come from the shared fixtures ` +
        'beside this checkout (../shared/fixtures/transcripts); set DEMO_TRANSCRIPTS_DIR to the folder that holds them.',
      { cause: error },
    );
  }
};

export const loadTranscriptSources = async (dir: string = DEFAULT_TRANSCRIPTS_DIR): Promise<TranscriptSource[]> =>
  Promise.all(
    sources.map(async (spec) => {
      const raw = await readSource(dir, spec.file);
      const content = (spec.needsHeader ? 'WEBVTT\r\n\r\n' : '') + renameSpeakers(raw, spec.speakers, spec.file);
      return { file: spec.file, content, speakerNames: Object.values(spec.speakers).map(decodeEntities), durationMs: lastCueEndMs(content) };
    }),
  );
