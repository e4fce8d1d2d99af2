// Builds the demo tenant's state for a given `now`: people, calendars, Teams meetings, chats and artifacts.
import type { Store } from '../store/types';
import { seedWeeklyArtifacts } from './artifacts';
import { seedMeetings } from './meetings';
import { buildPeople, DEMO_TENANT, installedHandles, personIdOf } from './people';
import { loadTranscriptSources } from './transcript-sources';

const seedChats = (store: Store): void => {
  for (const online of store.onlineMeetings.values()) {
    store.chats.set(online.threadId, {
      id: online.threadId,
      topic: online.subject,
      onlineMeetingId: online.id,
      memberIds: [online.organizerId, ...online.attendeeIds],
      createdDateTime: online.creationDateTime,
      lastUpdatedDateTime: online.creationDateTime,
      messages: [],
    });
  }
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
    installedFor: new Set(installedHandles.map(personIdOf)),
    activity: [],
    refreshTokens: new Map(),
  };
  seedMeetings(store, now);
  seedWeeklyArtifacts(store, await loadTranscriptSources(transcriptsDir));
  seedChats(store);
  return store;
};
