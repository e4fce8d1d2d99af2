// `roundtable analyze` as people run it: the npm script, the package's bin and the bare `node --import tsx` command,
// each as a real process reading a real transcript file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeTranscript } from '../../../server/domain/transcript';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../../shared/fixtures/transcripts/', import.meta.url));
const azureNetwork = join(fixtures, 'nicolasblank_AZMGZA__Transcript_Azure_Network.vtt');
const vsCode = join(fixtures, 'nicolasblank_AZMGZA__Transcript_VS_Code_for_IT_Admins.vtt');
const scratch = mkdtempSync(join(tmpdir(), 'roundtable-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Run = { status: number | null; stdout: string; stderr: string };

const run = (command: string, args: readonly string[], cwd = root): Run => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
/** The command the npm script runs, without npm around it. */
const analyze = (...args: string[]): Run => run(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'analyze', ...args]);
const bin = (...args: string[]): Run => run(process.execPath, [join(root, 'bin/roundtable.js'), ...args], scratch);

describe('roundtable analyze <file.vtt>', () => {
  it('prints a table per speaker and the meeting’s balance with a plain-language reading', () => {
    const { status, stdout, stderr } = analyze(vsCode);
    expect(status, stderr).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${vsCode} · 55:51 · 4 named speakers`);
    expect(lines[2]).toMatch(/^Speaker\s+Talk\s+Share\s+Turns\s+Longest\s+Backchannels$/);
    expect(lines[3]).toMatch(/^Matthew Levy\s+42:04\s+86\.1%\s+█{17}▎\s+31\s+11:37\s+11$/);
    expect(lines[4]).toMatch(/^Nicolas Blank\s+6:07\s+12\.5%\s+██▌\s+26\s+3:37\s+6$/);
    expect(lines[5]).toMatch(/^Blessing Bowora \| Cyberlogic\s+0:40\s+1\.3%\s+▎\s+8\s+0:16\s+1$/);
    expect(lines[6]).toMatch(/^tichman\s+0:00\s+0\.0%\s+0\s+0:00\s+1$/);
    expect(lines[7]).toMatch(/^\(no voice tag\)\s+0:01$/);
    expect(lines[9]).toBe('Balance: entropy 0.32 (1 = even) · Gini 0.67 (0 = even) · turn-taking CV 0.78 · top share 86.1%');
    expect(lines[10]).toBe('One voice dominated: Matthew Levy spoke 86% of the time.');
  });

  it('--json prints exactly the analysis object, speakers by talk time, numbers unrounded', () => {
    const { status, stdout, stderr } = analyze(azureNetwork, '--json');
    expect(status, stderr).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(analyzeTranscript(readFileSync(azureNetwork, 'utf8')))}\n`);
    const printed = JSON.parse(stdout) as ReturnType<typeof analyzeTranscript>;
    expect(Object.keys(printed)).toEqual(['durationMs', 'speakers', 'unattributedMs', 'balance']);
    expect(printed.speakers.map((speaker) => speaker.talkMs)).toEqual([2_985_480, 265_560, 102_200, 12_720, 2_560]);
    expect(printed.balance.topShare).toBe(2_985_480 / 3_368_520);
  });

  it('takes --json before the file too', () => {
    expect(analyze('--json', vsCode).stdout).toBe(analyze(vsCode, '--json').stdout);
  });

  it('reports skipped blocks on stderr and still prints the figures', () => {
    const file = join(scratch, 'damaged.vtt');
    writeFileSync(file, 'WEBVTT\n\n00:00:05.000 --> 00:00:04.000\n<v Ana>Backwards</v>\n\n00:00:06.000 --> 00:00:09.000\n<v Ana>Fine</v>\n');
    const { status, stdout, stderr } = analyze(file, '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ speakers: [{ name: 'Ana', talkMs: 3000 }] });
    expect(stderr).toBe('roundtable analyze: skipped 1 unreadable block (the first at line 3).\n');
  });
});

describe('roundtable analyze: bad input gets exit code 2 and one line on stderr', () => {
  const expectUsageFailure = ({ status, stdout, stderr }: Run, message: RegExp): void => {
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^roundtable[^\n]*\n$/);
    expect(stderr.trimEnd()).toMatch(message);
  };

  it('a file without the WEBVTT signature', () => {
    const excerpt = join(fixtures, 'excerpt__teams_html_entities_overlap.vtt');
    expectUsageFailure(analyze(excerpt), /is not a WebVTT file: it does not start with "WEBVTT"\.$/);
  });

  it('a binary file', () => {
    const file = join(scratch, 'picture.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expectUsageFailure(analyze(file), /picture\.png is not a WebVTT file/);
  });

  it('a file that does not exist', () => {
    expectUsageFailure(analyze('no-such-meeting.vtt'), /^roundtable analyze: no such file: no-such-meeting\.vtt$/);
  });

  it('a directory', () => {
    expectUsageFailure(analyze(scratch), /is a directory/);
  });

  it('no file argument', () => {
    expectUsageFailure(analyze(), /missing <file\.vtt>\. Usage: roundtable analyze <file\.vtt> \[--json\]/);
  });

  it('an unknown option, two files, or no command', () => {
    expectUsageFailure(analyze(vsCode, '--csv'), /unknown option "--csv"/);
    expectUsageFailure(analyze(vsCode, azureNetwork), /one transcript at a time/);
    expectUsageFailure(run(process.execPath, ['--import', 'tsx', 'server/cli.ts']), /missing command/);
  });
});

describe('the ways to run it', () => {
  it('npm run --silent analyze -- <file> reads a path relative to where it was typed', () => {
    const file = join(scratch, 'graph.vtt');
    writeFileSync(file, 'WEBVTT\n\n0:0:0.0 --> 0:0:5.320\n<v User Name>This is a transcript test.</v>\n');
    const { status, stdout, stderr } = run('npm', ['--prefix', root, 'run', '--silent', 'analyze', '--', 'graph.vtt', '--json'], scratch);
    expect(status, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ durationMs: 5320, speakers: [{ name: 'User Name', share: 1 }] });
  });

  it('npm run passes exit code 2 through', () => {
    expect(run('npm', ['run', '--silent', 'analyze', '--', 'no-such-meeting.vtt']).status).toBe(2);
  });

  it('the package’s roundtable bin runs with plain node from any directory', () => {
    const { status, stdout, stderr } = bin('analyze', vsCode, '--json');
    expect(status, stderr).toBe(0);
    expect(stdout).toBe(analyze(vsCode, '--json').stdout);
    expect(bin('analyze').status).toBe(2);
  });

  it('package.json names the bin and the npm script', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(manifest.bin).toMatchObject({ roundtable: 'bin/roundtable.js' });
    expect(manifest.scripts.analyze).toBe('node --import tsx server/cli.ts analyze');
  });
});
