// Everything the emulator's routes share: options, clock, signing key, state and counters.
import type { SigningKey } from './tokens/keys';
import type { Store } from './store/types';
import type { EmulatorFaults, GraphResponseRecord } from './types';

/** Set on requests the emulator sends to itself ($batch items), so they are not counted as round trips. */
export type InternalBindings = { emulatorBatchItem?: boolean };

export type EmulatorContext = {
  origin: string;
  tenantId: string;
  app: { clientId: string; clientSecret: string; appIdUri: string };
  now: () => Date;
  pageSize: number;
  key: SigningKey;
  store: Store;
  faults: { current: EmulatorFaults };
  counters: { graphRequests: number };
  onGraphResponse: ((r: GraphResponseRecord) => void) | undefined;
  fetch: (input: Request) => Promise<Response>;
  /** Sends a request through the emulator's own app (for $batch items). */
  dispatch: (request: Request) => Promise<Response>;
};

export const TEAMS_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const APP_DISPLAY_NAME = 'Roundtable';

/** Delegated Graph permissions the demo tenant's admin consented to for Roundtable. */
export const DELEGATED_SCOPES = [
  'Calendars.ReadWrite',
  'Chat.ReadWrite',
  'ChatMessage.Send',
  'OnlineMeetingArtifact.Read.All',
  'OnlineMeetings.Read',
  'OnlineMeetingTranscript.Read.All',
  'TeamsActivity.Send',
  'TeamsAppInstallation.ReadForUser',
  'User.Read',
  'User.ReadBasic.All',
];

/** Application permissions granted to Roundtable (app-only tokens). */
export const APPLICATION_ROLES = [
  'Calendars.Read',
  'Chat.Read.All',
  'OnlineMeetingArtifact.Read.All',
  'OnlineMeetings.Read.All',
  'OnlineMeetingTranscript.Read.All',
  'TeamsActivity.Send',
  'TeamsAppInstallation.ReadForUser.All',
  'User.Read.All',
];
