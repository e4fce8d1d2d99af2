// Builds the demo tenant's state for a given `now`: people, calendars, Teams meetings, chats and artifacts (the
// weekly team meeting's, and a quarter of the leader's history series').
import type { Store } from '../store/types';
import { createNotificationState } from '../notifications/state';
import { addMeetingChat } from './added-meetings';
import { seedWeeklyArtifacts, upcomingWeeklyArtifacts } from './artifacts';
import { seedHistoryArtifacts } from './history-artifacts';
import { seedMeetings } from './meetings';
import { buildPeople, DEMO_TENANT, installedHandles, personIdOf } from './people';
import { loadTranscriptSources } from './transcript-sources';

const seedChats = (store: Store): void => {
  for (const online of store.onlineMeetings.values()) addMeetingChat(store, online);
};

export const buildStore = async (now: Date, transcriptsDir?: string): Promise<Store> => {
  const store: Store = {
    tenant: DEMO_TENANT,
    people: buildPeople(),
    meetings: new Map(),
    copies: new Map(),
    onlineMeetings: new Map(),
    transcripts: [],
    transcriptPolicy: { speakerAttribution: true },
    attendanceReports: [],
    chats: new Map(),
    subscriptions: new Map(),
    notifications: createNotificationState(),
    installedFor: new Set(installedHandles.map(personIdOf)),
    activity: [],
    refreshTokens: new Map(),
  };
  seedMeetings(store, now);
  const sources = await loadTranscriptSources(transcriptsDir);
  seedWeeklyArtifacts(store, sources);
  seedHistoryArtifacts(store, sources, now);
  store.notifications.upcoming.push(...upcomingWeeklyArtifacts(store, sources));
  seedChats(store);
  return store;
};
