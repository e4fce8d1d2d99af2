// The shapes the transcript analysis reads and returns. One meaning everywhere: ARCHITECTURE.md, "Speaking-balance
// definitions".

/** One cue of a WebVTT transcript: its `[startMs, endMs)` interval and its speaker, or null when it has no voice tag. */
export type TranscriptCue = { startMs: number; endMs: number; speaker: string | null };

export type WarningKind =
  /** A cue whose end is before its start: skipped. */
  | 'reversed-cue'
  /** A line with `-->` whose timestamps cannot be read: the block is skipped. */
  | 'unreadable-timing'
  /** A block that is neither a cue nor a NOTE, STYLE or REGION block: skipped. */
  | 'unknown-block';

/** Where a warning arose: the 1-based line of the timing line (or of the block's first line). */
export type TranscriptWarning = { kind: WarningKind; line: number };

export type ParsedTranscript = {
  /** Cues in file order; reversed and unreadable ones left out. */
  cues: TranscriptCue[];
  warnings: {
    count: number;
    byKind: Record<WarningKind, number>;
    /** The first few, for a message that can point at a line; `count` says how many there were. */
    first: TranscriptWarning[];
  };
  /** `scannedChars` counts every character a scanning step looked at, so tests can assert linear work. */
  stats: { lines: number; scannedChars: number };
};

/** What a speaker's figures are computed from: one entry per named speaker (or silent attendee). */
export type SpeakerTally = { name: string; talkMs: number; turns: number; longestTurnMs: number; backchannels: number };

export type SpeakerFigures = {
  name: string;
  talkMs: number;
  share: number;
  turns: number;
  longestTurnMs: number;
  backchannels: number;
};

/** Null where a figure is undefined: fewer than two speakers, or a zero denominator (see compute-balance.ts). */
export type Balance = { entropy: number | null; gini: number | null; turnCv: number | null; topShare: number | null };

/** The analysis of one transcript, exactly as `roundtable analyze --json` prints it. */
export type TranscriptAnalysis = {
  durationMs: number;
  speakers: SpeakerFigures[];
  unattributedMs: number;
  balance: Balance;
};
