// `roundtable analyze <file.vtt> [--json]`: the speaking figures of a Teams transcript, as a table or as JSON.
// Reading the file is the only I/O; it is streamed through the domain's parser, so a large file is never held whole.
// Usage errors, a missing file and a file that is not WebVTT exit with 2 and one line on stderr.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import {
  analyzeCues,
  createTranscriptParser,
  isNotWebVttError,
  readBalance,
  type ParsedTranscript,
  type TranscriptAnalysis,
} from './domain/transcript/index';

export type CliIo = { cwd: string; stdout: (text: string) => void; stderr: (text: string) => void };

const USAGE = 'Usage: roundtable analyze <file.vtt> [--json]';
const BAR_WIDTH = 20;

/** A failure the user can fix: one line on stderr, exit code 2. */
class UsageError extends Error {}

const readTranscript = async (path: string): Promise<ParsedTranscript> => {
  const parser = createTranscriptParser();
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) parser.write(chunk as string);
  return parser.end();
};

const describeReadError = (file: string, error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (isNotWebVttError(error)) return `${file} is not a WebVTT file: it does not start with "WEBVTT".`;
  if (code === 'ENOENT') return `no such file: ${file}`;
  if (code === 'EISDIR') return `${file} is a directory, not a transcript file.`;
  if (code === 'EACCES') return `cannot read ${file}: permission denied.`;
  return `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`;
};

/** m:ss, minutes running past 59 (a transcript's figures are rarely over a few hours). */
const formatDuration = (ms: number): string => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

const formatPercent = (share: number | null, digits = 1): string => (share === null ? '—' : `${(share * 100).toFixed(digits)}%`);

const formatFigure = (value: number | null): string => (value === null ? '—' : value.toFixed(2));

/** A share as a bar of block characters, to an eighth of a character. */
const drawBar = (share: number): string => {
  const eighths = Math.round(share * BAR_WIDTH * 8);
  const partial = eighths % 8 === 0 ? '' : (' ▏▎▍▌▋▊▉'[eighths % 8] ?? '');
  return ('█'.repeat(Math.floor(eighths / 8)) + partial).padEnd(BAR_WIDTH);
};

const describeBalance = ({ speakers, balance }: TranscriptAnalysis): string => {
  const reading = readBalance(speakers, balance);
  const percent = (share: number): string => `${Math.round(share * 100)}%`;
  switch (reading.kind) {
    case 'no-speakers':
      return 'No named speakers: the transcript has no voice tags to attribute speech to.';
    case 'no-talk':
      return 'No talk time: the named speakers’ cues have no length.';
    case 'one-voice':
      return `One voice only: ${reading.name} was the only named speaker.`;
    case 'dominated':
      return `One voice dominated: ${reading.name} spoke ${percent(reading.share)} of the time.`;
    case 'balanced':
      return `Balanced: the voices shared the time evenly; the most heard, ${reading.name}, spoke ${percent(reading.share)} of it.`;
    case 'uneven':
      return `Uneven: ${reading.name} spoke ${percent(reading.share)} of the time, ${reading.quietest} only ${percent(reading.quietestShare)}.`;
  }
};

const formatTable = (file: string, analysis: TranscriptAnalysis): string => {
  const { speakers, balance } = analysis;
  const nameWidth = Math.max('Speaker'.length, '(no voice tag)'.length, ...speakers.map((speaker) => speaker.name.length));
  const row = (cells: [string, string, string, string, string, string]): string =>
    [cells[0].padEnd(nameWidth), cells[1].padStart(7), cells[2].padStart(6), cells[3], cells[4].padStart(5), cells[5].padStart(7), ''].join('  ');
  const lines = [
    `${file} · ${formatDuration(analysis.durationMs)} · ${speakers.length} named speaker${speakers.length === 1 ? '' : 's'}`,
    '',
    row(['Speaker', 'Talk', 'Share', ' '.repeat(BAR_WIDTH), 'Turns', 'Longest']) + 'Backchannels',
    ...speakers.map((s) =>
      row([s.name, formatDuration(s.talkMs), formatPercent(s.share), drawBar(s.share), String(s.turns), formatDuration(s.longestTurnMs)]) +
        String(s.backchannels).padStart('Backchannels'.length),
    ),
  ];
  if (analysis.unattributedMs > 0) lines.push(`${'(no voice tag)'.padEnd(nameWidth)}  ${formatDuration(analysis.unattributedMs).padStart(7)}`);
  lines.push(
    '',
    `Balance: entropy ${formatFigure(balance.entropy)} (1 = even) · Gini ${formatFigure(balance.gini)} (0 = even) · ` +
      `turn-taking CV ${formatFigure(balance.turnCv)} · top share ${formatPercent(balance.topShare)}`,
    describeBalance(analysis),
  );
  return lines.map((line) => line.trimEnd()).join('\n') + '\n';
};

const parseArgs = (args: readonly string[]): { file: string; isJson: boolean } => {
  const [command, ...rest] = args;
  if (command === undefined) throw new UsageError(`missing command. ${USAGE}`);
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}". ${USAGE}`);
  const unknown = rest.find((arg) => arg.startsWith('-') && arg !== '--json');
  if (unknown) throw new UsageError(`unknown option "${unknown}". ${USAGE}`);
  const files = rest.filter((arg) => arg !== '--json');
  if (files.length === 0 || files[0] === undefined) throw new UsageError(`missing <file.vtt>. ${USAGE}`);
  if (files.length > 1) throw new UsageError(`one transcript at a time, got ${files.length}. ${USAGE}`);
  return { file: files[0], isJson: rest.includes('--json') };
};

/** Runs the command line; resolves to the exit code. */
export const runCli = async (args: readonly string[], io: CliIo): Promise<number> => {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  let file: string;
  let isJson: boolean;
  let parsed: ParsedTranscript;
  try {
    ({ file, isJson } = parseArgs(args));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`roundtable: ${error.message}\n`);
    return 2;
  }
  try {
    parsed = await readTranscript(resolve(io.cwd, file));
  } catch (error) {
    io.stderr(`roundtable analyze: ${describeReadError(file, error)}\n`);
    return 2;
  }
  const analysis = analyzeCues(parsed.cues);
  io.stdout(isJson ? `${JSON.stringify(analysis)}\n` : formatTable(file, analysis));
  const { warnings } = parsed;
  if (warnings.count > 0) {
    const at = warnings.first[0] ? ` (the first at line ${warnings.first[0].line})` : '';
    io.stderr(`roundtable analyze: skipped ${warnings.count} unreadable block${warnings.count === 1 ? '' : 's'}${at}.\n`);
  }
  return 0;
};

/**
 * The real process's streams and directory. `npm run analyze` runs in the package root; the directory the user typed
 * the command in is INIT_CWD, so a relative path means what they meant.
 */
export const processIo = (): CliIo => ({
  cwd: process.env.npm_lifecycle_event === 'analyze' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

const isEntryPoint = process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url;
if (isEntryPoint) process.exitCode = await runCli(process.argv.slice(2), processIo());
