// Transcript analysis throughput: analyzeTranscript (parse + every figure) over the real fixtures, over a ~20 MB
// transcript made of them repeated with shifted times, and over a synthetic 10-hour meeting of 50,000 cues; plus the
// streaming parser fed 64 KiB chunks of the 20 MB text, and the heap its cues take. The baseline, measured in the same
// run on the same strings, is the least any line-based reader does: `text.split('\n')` and a scan of each line for
// '-->'. `ratio` is our time over the baseline's.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRequire } from 'node:module';
import { analyzeTranscript, createTranscriptParser } from '../server/domain/transcript/index';
import { readTimestamp } from '../server/domain/transcript/timestamp';
import { round, runIfMain, timeMedian } from './lib/report';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtureDir = join(root, '../shared/fixtures/transcripts');
const MB = 1024 * 1024;
const TARGET_BYTES = 20 * MB;

const formatTimestamp = (ms: number): string => {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/** The real transcripts one after another, again and again, each copy's times shifted past the previous one's end. */
const buildRepeatedTranscript = (sources: readonly string[]): string => {
  const bodies = sources.map((text) => text.slice(text.indexOf('\n\n') >= 0 ? text.indexOf('\n\n') : text.indexOf('\r\n\r\n')));
  const parts = ['WEBVTT\r\n'];
  let bytes = 0;
  let offsetMs = 0;
  while (bytes < TARGET_BYTES) {
    for (const body of bodies) {
      let lastEnd = 0;
      const shifted = body.replace(/^(\d+:\d\d:\d\d\.\d{3}) --> (\d+:\d\d:\d\d\.\d{3})/gm, (_line, start: string, end: string) => {
        const [startMs, endMs] = [readTimestamp(start, 0)?.ms ?? 0, readTimestamp(end, 0)?.ms ?? 0];
        lastEnd = Math.max(lastEnd, endMs);
        return `${formatTimestamp(startMs + offsetMs)} --> ${formatTimestamp(endMs + offsetMs)}`;
      });
      parts.push(shifted);
      bytes += shifted.length;
      offsetMs += lastEnd + 60_000;
    }
  }
  return parts.join('');
};

/** 50,000 cues over 10 hours: 8 speakers, Teams-shaped ids and wrapped payloads, some backchannels, some untagged. */
const buildSyntheticTranscript = (cueCount = 50_000, hours = 10): string => {
  let seed = 42;
  const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const speakers = ['Amara Okafor', 'Jonas Weber', 'Lucía Fern&#225;ndez', 'Priya Raman', 'Hiroshi Tanaka', 'Mateus Silva', 'Fatima Al-Sayed', 'Neil Knapp | Cyberlogic'];
  const step = (hours * 3_600_000) / cueCount;
  const parts = ['WEBVTT\r\n\r\n'];
  let current = speakers[0] ?? '';
  for (let i = 0; i < cueCount; i++) {
    const startMs = Math.round(i * step);
    const isBackchannel = random() < 0.08;
    if (!isBackchannel && random() < 0.15) current = speakers[Math.floor(random() * speakers.length)] ?? current;
    const speaker = isBackchannel ? speakers[(speakers.indexOf(current) + 1) % speakers.length] : current;
    const endMs = startMs + (isBackchannel ? 300 : Math.round(step * (0.8 + random() * 0.4)));
    const payload = random() < 0.002 ? 'Mhm.' : `<v ${speaker}>Words that were spoken in this part of the meeting,\r\nwrapped onto a second line as Teams does.</v>`;
    parts.push(`5fd7f1de-6442-4b37-a79a-7f43656096ca/${i}-0\r\n${formatTimestamp(startMs)} --> ${formatTimestamp(endMs)}\r\n${payload}\r\n\r\n`);
  }
  return parts.join('');
};

/** The baseline: lines, and a look at each for the arrow. Returns the count so the work cannot be optimized away. */
const splitAndScan = (text: string): number => {
  let arrows = 0;
  for (const line of text.split('\n')) if (line.includes('-->')) arrows += 1;
  return arrows;
};


/** Analysis and baseline over the same texts (each text is one transcript), best of a few runs by median. */
const measure = (name: string, texts: readonly string[], runs: number) => {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const cues = texts.reduce((sum, text) => sum + splitAndScan(text), 0);
  const analysisMs = timeMedian(runs, () => texts.map((text) => analyzeTranscript(text)));
  const baselineMs = timeMedian(runs, () => texts.map(splitAndScan));
  return {
    name,
    mb: round(bytes / MB),
    cues,
    medianMs: round(analysisMs),
    mbPerS: round(bytes / MB / (analysisMs / 1000)),
    cuesPerS: Math.round(cues / (analysisMs / 1000)),
    baselineMs: round(baselineMs),
    baselineMbPerS: round(bytes / MB / (baselineMs / 1000)),
    ratio: round(analysisMs / baselineMs),
  };
};

const parseInChunks = (text: string, chunkSize = 64 * 1024) => {
  const parser = createTranscriptParser();
  for (let at = 0; at < text.length; at += chunkSize) parser.write(text.slice(at, at + chunkSize));
  return parser.end();
};

// The peers the issue names: they only parse (cues with text), while analyzeTranscript parses and computes every figure.
const require = createRequire(import.meta.url);
type WebVttParserModule = { WebVTTParser: new () => { parse(input: string, mode: string): { cues: unknown[]; errors: unknown[] } } };
type NodeWebVttModule = { parse(input: string, options: { strict: boolean }): { cues: unknown[] } };
const peers = [
  { name: 'webvtt-parser', parse: (text: string) => new (require('webvtt-parser') as WebVttParserModule).WebVTTParser().parse(text, 'metadata').cues.length },
  { name: 'node-webvtt', parse: (text: string) => (require('node-webvtt') as NodeWebVttModule).parse(text, { strict: false }).cues.length },
];

/** Each peer over the same 20 MB text, by median of a few runs; `ourSpeedup` = their time over analyzeTranscript's. */
const measurePeers = (text: string, oursMs: number) => {
  const mb = Buffer.byteLength(text, 'utf8') / MB;
  return peers.map((peer) => {
    let cues = 0;
    try {
      const ms = timeMedian(3, () => (cues = peer.parse(text)));
      return { name: peer.name, cues, medianMs: round(ms), mbPerS: round(mb / (ms / 1000)), ourSpeedup: round(ms / oursMs) };
    } catch (error) {
      return { name: peer.name, error: String(error).slice(0, 200) };
    }
  });
};

/** Keeps the measured result reachable while the heap is read, so the collector cannot free it early. */
const retained: unknown[] = [];

/** Heap held by the parsed cues of `text`, after a full collection (the transcript string itself excluded). */
const measureCueHeap = (text: string): number | null => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  if (typeof gc !== 'function') return null;
  gc();
  const before = process.memoryUsage().heapUsed;
  retained.push(parseInChunks(text));
  gc();
  const held = process.memoryUsage().heapUsed - before;
  retained.length = 0;
  return held;
};

export async function run() {
  const fixtureFiles = readdirSync(fixtureDir).filter((file) => file.startsWith('nicolasblank_') && file.endsWith('.vtt')).sort();
  const fixtures = fixtureFiles.map((file) => readFileSync(join(fixtureDir, file), 'utf8'));
  const repeated = buildRepeatedTranscript(fixtures);
  const synthetic = buildSyntheticTranscript();
  const inputs = [
    measure('fixtures (the 4 real transcripts)', fixtures, 20),
    measure('repeated fixtures (~20 MB, shifted times)', [repeated], 5),
    measure('synthetic 10 h meeting, 50,000 cues', [synthetic], 10),
  ];
  const streamingMs = timeMedian(5, () => parseInChunks(repeated));
  const repeatedBytes = Buffer.byteLength(repeated, 'utf8');
  const cueHeap = measureCueHeap(repeated);
  return {
    bench: 'transcript-analysis',
    inputs,
    streamingParse: { input: 'repeated fixtures in 64 KiB chunks', medianMs: round(streamingMs), mbPerS: round(repeatedBytes / MB / (streamingMs / 1000)) },
    memory: cueHeap === null ? null : { cuesHeapMb: round(cueHeap / MB), fileMb: round(repeatedBytes / MB), ratioToFile: round(cueHeap / repeatedBytes) },
    peers: measurePeers(repeated, inputs[1]!.medianMs),
    aims: { mbPerS: 100, speedupOverFastestPeer: 5, heapToFile: 3 },
  };
}

await runIfMain(import.meta.url, run);
