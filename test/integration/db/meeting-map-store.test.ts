// The join URL → Teams meeting map a report's calendar read keeps (server/db/meeting-map-store.ts), on PGlite and
// PostgreSQL alike: found by many join URLs at once within a tenant, learned meetings added once, stored ones kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../server/db/store';
import type { MeetingRecord, Store } from '../../../server/services/ports';
import { databaseKinds } from '../../support/databases';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';

const meeting = (n: number, overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({
  tenantId: TENANT,
  onlineMeetingId: `MSo${n}`,
  chatId: `19:meeting_${n}@thread.v2`,
  joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${n}%40thread.v2/0`,
  organizerEmail: 'amara.okafor@contoso.com',
  subject: `Meeting ${n}`,
  iCalUId: null,
  ...overrides,
});

describe.each(databaseKinds)('the meeting map on $name', ({ open }) => {
  let store: Store;
  beforeEach(async () => {
    const database = await open();
    store = createStore(database.db, database.close);
  });
  afterEach(() => store.close());

  it('finds the stored meetings among many join URLs, in its own tenant only', async () => {
    await store.meetings.rememberMeetings([meeting(1), meeting(2), meeting(3, { tenantId: OTHER_TENANT })]);
    const found = await store.meetings.findByJoinUrls(TENANT, [meeting(1).joinUrl, meeting(2).joinUrl, meeting(3).joinUrl, meeting(4).joinUrl]);
    expect(found.sort((a, b) => a.onlineMeetingId.localeCompare(b.onlineMeetingId))).toEqual([meeting(1), meeting(2)]);
    expect(await store.meetings.findByJoinUrls(TENANT, [])).toEqual([]);
  });

  it('keeps what a meeting view stored when the same meeting is learned again', async () => {
    await store.meetings.upsert(meeting(1, { iCalUId: '040000008200E00074C5B7101A82E008', subject: 'Weekly team meeting' }));
    await store.meetings.rememberMeetings([meeting(1), meeting(1)]);
    expect(await store.meetings.findByJoinUrl(TENANT, meeting(1).joinUrl)).toMatchObject({ iCalUId: '040000008200E00074C5B7101A82E008', subject: 'Weekly team meeting' });
  });

  it('stores a quarter’s worth of meetings in one call', async () => {
    const many = Array.from({ length: 1_200 }, (_, i) => meeting(i));
    await store.meetings.rememberMeetings(many);
    expect(await store.meetings.findByJoinUrls(TENANT, many.map((m) => m.joinUrl))).toHaveLength(1_200);
  });
});
