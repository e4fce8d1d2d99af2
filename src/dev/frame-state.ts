// What the host remembers about one page load in the frame: its session id, what the configuration page asked
// for, and whether it is on the stage. A new page load starts fresh.
import type { HostChange } from './answer-teams-call';

export type ConfigState = { isValid: boolean; savedContentUrl: string | null; failure: string | null };

export type FrameState = {
  /** Counts page loads; part of the iframe's key. */
  load: number;
  appSessionId: string;
  config: ConfigState;
  savedConfig: Record<string, unknown> | null;
  isSharingToStage: boolean;
  stageShareUrl: string | null;
};

export const freshFrame = (load: number): FrameState => ({
  load,
  appSessionId: crypto.randomUUID(),
  config: { isValid: false, savedContentUrl: null, failure: null },
  savedConfig: null,
  isSharingToStage: false,
  stageShareUrl: null,
});

export const applyHostChange = (frame: FrameState, change: HostChange): FrameState => {
  switch (change.kind) {
    case 'validity':
      return { ...frame, config: { ...frame.config, isValid: change.isValid } };
    case 'configSaved':
      return { ...frame, savedConfig: change.config };
    case 'saveOutcome':
      return {
        ...frame,
        config: {
          ...frame.config,
          savedContentUrl: change.isSaved ? String(frame.savedConfig?.contentUrl ?? '') : null,
          failure: change.isSaved ? null : (change.reason ?? '?'),
        },
      };
    case 'stageSharing':
      return { ...frame, isSharingToStage: change.isSharing, stageShareUrl: change.isSharing ? (change.url ?? null) : null };
    default:
      return frame;
  }
};

/** Before the host sends Save again, it forgets the last outcome. */
export const beforeSave = (frame: FrameState): FrameState => ({ ...frame, config: { ...frame.config, savedContentUrl: null, failure: null } });
