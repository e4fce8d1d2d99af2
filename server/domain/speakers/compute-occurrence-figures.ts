// The speaking figures of one occurrence from its transcripts and its roster, as ARCHITECTURE.md defines them, with
// attendees who never spoke counted with 0.
//
// Several transcripts (transcription stopped and started again) are analyzed one by one and their tallies added per
// person: talk time, turns and backchannels sum, the longest turn is the longest of any, durations and unattributed
// time sum. Each transcript's cue times count from its own start and nobody knows who spoke while transcription was
// off, so a turn never runs from one transcript into the next, and the duration is the time the figures cover.
// Shares and balance are then computed once, over everyone counted. With one transcript this is exactly
// analyzeCues(cues, { extraSilent }) — the same numbers the CLI prints for that file, plus the silent attendees.
import { computeBalance, tallySpeakers, type SpeakerTally, type TranscriptCue } from '../transcript';
import { matchSpeakers, type SpeakerVoice } from './match-speakers';
import type { OccurrenceFigures, PersonFigures, Roster, TimeSpan } from './types';

/** Changes whenever the computation does, so that figures stored earlier are recomputed at their next ingestion. */
export const SPEAKING_FIGURES_VERSION = 1;

/** One parsed transcript of the occurrence; cue times count from `createdAt` (ISO 8601). */
export type TranscriptCues = { createdAt: string; cues: readonly TranscriptCue[] };

/** Each voice with its talk on the meeting's clock, in order of first appearance. */
const collectVoices = (transcripts: readonly TranscriptCues[]): SpeakerVoice[] => {
  const spans = new Map<string, TimeSpan[]>();
  for (const transcript of transcripts) {
    const originMs = Date.parse(transcript.createdAt);
    for (const cue of transcript.cues) {
      if (cue.speaker === null) continue;
      const own = spans.get(cue.speaker) ?? [];
      own.push({ startMs: originMs + cue.startMs, endMs: originMs + cue.endMs });
      spans.set(cue.speaker, own);
    }
  }
  return [...spans].map(([name, voiceSpans]) => ({ name, spans: voiceSpans }));
};

const addTally = (totals: Map<string, SpeakerTally>, tally: SpeakerTally): void => {
  const total = totals.get(tally.name);
  if (!total) {
    totals.set(tally.name, { ...tally });
    return;
  }
  total.talkMs += tally.talkMs;
  total.turns += tally.turns;
  total.longestTurnMs = Math.max(total.longestTurnMs, tally.longestTurnMs);
  total.backchannels += tally.backchannels;
};

const byTalkThenName = (a: PersonFigures, b: PersonFigures): number =>
  b.talkMs - a.talkMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.personKey < b.personKey ? -1 : a.personKey > b.personKey ? 1 : 0);

export const computeOccurrenceFigures = (transcripts: readonly TranscriptCues[], roster: Roster): OccurrenceFigures => {
  const ordered = [...transcripts].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const people = matchSpeakers(collectVoices(ordered), roster);
  const personOfVoice = new Map(people.flatMap((person) => person.voices.map((voice): [string, string] => [voice, person.personKey])));

  // Tally each transcript with its voices renamed to the people they are, so one person under two names is one
  // speaker (one union of talk, one run of turns) and two people never share a tally.
  const totals = new Map<string, SpeakerTally>();
  let durationMs = 0;
  let unattributedMs = 0;
  for (const transcript of ordered) {
    const cues = transcript.cues.map((cue) => (cue.speaker === null ? cue : { ...cue, speaker: personOfVoice.get(cue.speaker) ?? cue.speaker }));
    const tally = tallySpeakers(cues);
    durationMs += tally.durationMs;
    unattributedMs += tally.unattributedMs;
    for (const speaker of tally.speakers) addTally(totals, speaker);
  }

  const silent = people.filter((person) => !totals.has(person.personKey)).map((person) => person.personKey);
  const { speakers, balance } = computeBalance([...totals.values()], { extraSilent: silent });
  const personByKey = new Map(people.map((person) => [person.personKey, person]));
  const rows = speakers.map((figures): PersonFigures => {
    const person = personByKey.get(figures.name);
    if (!person) throw new Error(`speaking figures for an unknown person ${figures.name}`);
    const { personKey, name, userId, email, isGuest, isAmbiguous } = person;
    const { talkMs, share, turns, longestTurnMs, backchannels } = figures;
    return { personKey, name, userId, email, talkMs, share, turns, longestTurnMs, backchannels, isGuest, isAmbiguous };
  });
  return {
    durationMs,
    unattributedMs,
    balance,
    roster: roster.kind,
    peopleCounted: rows.length,
    peopleHeard: rows.filter((row) => row.talkMs > 0).length,
    people: rows.sort(byTalkThenName),
  };
};
