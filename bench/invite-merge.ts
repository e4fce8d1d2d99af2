// Invite-body merge and agenda extraction: writeCheckinBlock, removeCheckinBlock, readCheckinBlock, findMeetingBlob
// and extractAgenda over a real-shaped Outlook invite (the emulator's weekly meeting with its Teams blob), a 1 MB
// invite (its agenda repeated, just under extractAgenda's 1 MB limit), and bodies of that size built to make a careless
// scanner quadratic. The baseline, measured in the same run on the same strings, is the least any merge does: look at
// every character once (`includes` of a marker the body lacks, a native scan). `ratio` is our time over the baseline's.
import { extractAgenda } from '../server/domain/agenda/index';
import { findMeetingBlob, readCheckinBlock, removeCheckinBlock, writeCheckinBlock, type InviteBody } from '../server/domain/invite/index';
import { weeklyTeamMeetingIntro } from '../server/emulator/seed/agendas';
import { inviteHtml, meetingBlob } from '../server/emulator/seed/meeting-blob';
import type { OnlineMeeting } from '../server/emulator/store/types';
import { round, runIfMain, timeMedian } from './lib/report';

const KB = 1024;
const MB = 1024 * KB;
/** Just under extractAgenda's limit, so that every operation reads the whole body. */
const SIZE = 900_000;

const meeting = {
  organizerId: '64339082-ed84-4b0b-b4ab-004ae54f3747',
  threadId: '19:meeting_NTg0NmQ3NTctZDVkMi00NzFhLThkNjgtMWVhYjVkZTAzYjUy@thread.v2',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
  conferenceId: '291633251',
} as OnlineMeeting;
const blob = meetingBlob(meeting, '98a79ebe-74bf-4e07-a017-7b410848cb32');
const checkin = { question: "How's the weather inside you today?", anonymous: true, labels: { heading: 'Check-in', anonymous: 'Answers are anonymous.', named: 'Answers show who gave them.' } };

const html = (content: string): InviteBody => ({ contentType: 'html', content });

const bodies: { name: string; body: InviteBody; runs: number }[] = [
  { name: 'weekly meeting invite with Teams blob', body: html(inviteHtml(weeklyTeamMeetingIntro, blob)), runs: 2000 },
  { name: '0.9 MB invite (agenda repeated) with Teams blob', body: html(inviteHtml(weeklyTeamMeetingIntro.repeat(Math.floor(SIZE / weeklyTeamMeetingIntro.length) - 2), blob)), runs: 20 },
  { name: '0.9 MB of lone "<"', body: html('<'.repeat(SIZE)), runs: 10 },
  { name: '0.9 MB of unclosed comments', body: html('<!--'.repeat(SIZE / 4)), runs: 10 },
  { name: '0.9 MB of unclosed <li>', body: html('<li>'.repeat(SIZE / 4)), runs: 10 },
];

/** The baseline: every character looked at once, natively. */
const scanOnce = (content: string): boolean => content.includes('<!--roundtable-baseline-->');

const toMs = (ms: number): number => Math.round(ms * 1000) / 1000;


export async function run() {
  const inputs = bodies.map(({ name, body, runs }) => {
    const written = writeCheckinBlock(body, checkin);
    const baselineMs = timeMedian(runs, () => scanOnce(written.content));
    const writeMs = timeMedian(runs, () => writeCheckinBlock(body, checkin));
    const report = (ms: number) => ({ medianMs: toMs(ms), ratio: round(ms / baselineMs) });
    return {
      name,
      kb: round(body.content.length / KB),
      baselineMs: toMs(baselineMs),
      write: { ...report(writeMs), mbPerS: round(body.content.length / MB / (writeMs / 1000)) },
      rewrite: report(timeMedian(runs, () => writeCheckinBlock(written, checkin))),
      remove: report(timeMedian(runs, () => removeCheckinBlock(written))),
      read: report(timeMedian(runs, () => readCheckinBlock(written))),
      findMeetingBlob: report(timeMedian(runs, () => findMeetingBlob(written))),
      extractAgenda: report(timeMedian(runs, () => extractAgenda(written))),
    };
  });
  return { bench: 'invite-merge', inputs };
}

await runIfMain(import.meta.url, run);
