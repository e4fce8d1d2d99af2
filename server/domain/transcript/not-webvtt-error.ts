// The one input the analyzer rejects outright: a file that does not start with the WEBVTT signature. Everything else
// that cannot be read is skipped with a warning.

export class NotWebVttError extends Error {
  readonly code = 'not_webvtt';

  /** `firstLine` is what the file starts with instead (cut short), for the message. */
  constructor(firstLine: string) {
    const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
    super(firstLine === '' ? 'Not a WebVTT file: it is empty or its first line is blank.' : `Not a WebVTT file: it starts with "${shown}", not "WEBVTT".`);
    this.name = 'NotWebVttError';
  }
}

/** By code rather than `instanceof`, so an error from a bundled copy of this module (roundtable/transcript) counts too. */
export const isNotWebVttError = (value: unknown): value is NotWebVttError =>
  value instanceof Error && (value as { code?: unknown }).code === 'not_webvtt';
