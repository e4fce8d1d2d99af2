// The Roundtable pages the dev host can frame, and the frame context Teams gives each.
import type { DevSurface } from './dev-settings';

export type FrameContextName = 'sidePanel' | 'meetingStage' | 'content' | 'settings';

export type SurfaceSpec = { path: string; frameContext: FrameContextName; isMeetingSurface: boolean };

export const surfaceSpecs: Record<DevSurface, SurfaceSpec> = {
  sidePanel: { path: '/side-panel.html', frameContext: 'sidePanel', isMeetingSurface: true },
  stage: { path: '/stage.html', frameContext: 'meetingStage', isMeetingSurface: true },
  details: { path: '/details.html', frameContext: 'content', isMeetingSurface: true },
  config: { path: '/config.html', frameContext: 'settings', isMeetingSurface: true },
  personal: { path: '/personal.html', frameContext: 'content', isMeetingSurface: false },
  // Outlook's appointment form: it frames the Outlook command page itself, with Office.js (src/dev/outlook-appointment.tsx).
  appointment: { path: '/outlook-command.html', frameContext: 'content', isMeetingSurface: true },
};
