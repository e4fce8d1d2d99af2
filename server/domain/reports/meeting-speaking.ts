// An occurrence's speaking figures for the reports, from the best source Roundtable has: the ingested Teams
// transcript, else the live turn tracker, else none (and why). The figures mean what ARCHITECTURE.md's
// "Speaking-balance definitions" say; the tracker's are scored with the transcript domain's own code, attendees who
// never spoke counting with 0 talk time as a meeting report requires.
import { scoreBalance } from '../transcript';
import type { OccurrenceFigures } from './inputs';
import type { MeetingSpeaking } from './types';

/** Roundtable's figures for an occurrence of a Teams meeting; null when it stored nothing about it (yet). */
type Figures = OccurrenceFigures | null;

const hasTrackerTalk = (figures: Figures): boolean => (figures?.tracker?.talkMs ?? []).some((ms) => ms > 0);

/**
 * Who the meeting counted: the attendance report (the transcript's roster), else the people the live tracker saw,
 * else the invite (the organizer included). Null when none of them knows anybody.
 */
export const attendeesOf = (invitees: number, figures: Figures): number | null => {
  const transcript = figures?.transcript;
  if (transcript?.roster === 'attendance' && transcript.peopleCounted !== null && transcript.peopleCounted > 0) return transcript.peopleCounted;
  if (figures?.tracker && figures.tracker.participants > 0) return figures.tracker.participants;
  return invitees > 0 ? invitees : null;
};

/** `part / whole`, at most 1 (more people heard or answering than counted, e.g. guests), null without a whole. */
export const ratioOf = (part: number, whole: number | null): number | null =>
  whole === null || whole <= 0 ? null : Math.min(1, Math.max(0, part / whole));

const noSpeaking = (missing: MeetingSpeaking['missing'], attendees: number | null): MeetingSpeaking => ({
  source: 'none',
  missing,
  entropy: null,
  topShare: null,
  heard: null,
  attendees,
});

/** Balance over the tracker's talk times, everyone counted who never spoke added with 0 (n ≥ the talkers). */
const trackerSpeaking = (talkMs: readonly number[], attendees: number | null): MeetingSpeaking => {
  const counted = Math.max(attendees ?? 0, talkMs.length);
  const loads = [...talkMs, ...Array<number>(counted - talkMs.length).fill(0)].map((ms) => ({ talkMs: Math.max(0, ms), turns: 0 }));
  const { entropy, topShare } = scoreBalance(loads);
  const heard = talkMs.filter((ms) => ms > 0).length;
  return { source: 'tracker', missing: null, entropy, topShare, heard: ratioOf(heard, attendees ?? counted), attendees };
};

/** The speaking figures of a resolved Teams meeting's occurrence (`figures` null: nothing stored yet). */
export const speakingOf = (invitees: number, figures: Figures): MeetingSpeaking => {
  const attendees = attendeesOf(invitees, figures);
  const transcript = figures?.transcript;
  if (transcript?.state === 'ready') {
    return {
      source: 'transcript',
      missing: null,
      entropy: transcript.entropy,
      topShare: transcript.topShare,
      heard: transcript.peopleHeard === null ? null : ratioOf(transcript.peopleHeard, attendees),
      attendees,
    };
  }
  if (figures?.tracker && hasTrackerTalk(figures)) return trackerSpeaking(figures.tracker.talkMs, attendees);
  if (transcript?.state === 'no_transcript' || transcript?.state === 'attribution_disabled') return noSpeaking(transcript.state, attendees);
  return noSpeaking('not_yet', attendees);
};

/** How long the meeting really ran: the transcript's span when it was used, else the tracker's first to last turn. */
export const actualMsOf = (figures: Figures): number | null => {
  if (figures?.transcript.state === 'ready' && figures.transcript.durationMs !== null) return figures.transcript.durationMs;
  const tracker = figures?.tracker;
  if (tracker && tracker.firstStartMs !== null && tracker.lastEndMs !== null && tracker.lastEndMs >= tracker.firstStartMs) {
    return tracker.lastEndMs - tracker.firstStartMs;
  }
  return null;
};
