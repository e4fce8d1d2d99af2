// One contract, every implementation: the Store behaves the same on PGlite and on PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../server/db/client';
import { createStore } from '../../../server/db/store';
import type { MeetingRecord, Store } from '../../../server/services/ports';
import { databaseKinds } from '../../support/databases';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';

const meeting = (overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({
  tenantId: TENANT,
  onlineMeetingId: 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ',
  chatId: '19:meeting_NTg0NmQ3NTctZDVkZC00YzRhLThmNmEtOGQ3M2E1ODgzZjAx@thread.v2',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg0NmQ3NTctZDVkZC00YzRhLThmNmEtOGQ3M2E1ODgzZjAx%40thread.v2/0',
  organizerEmail: 'amara.okafor@example.com',
  subject: 'Weekly team meeting',
  iCalUId: '040000008200E00074C5B7101A82E008',
  ...overrides,
});

describe.each(databaseKinds)('Store on $name', ({ open }) => {
  let database: OpenDatabase;
  let store: Store;

  beforeEach(async () => {
    database = await open();
    store = createStore(database.db, database.close);
  });
  afterEach(async () => {
    await store.close();
  });

  it('answers a ping once migrated', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('finds a meeting by join URL within its tenant only', async () => {
    await store.meetings.upsert(meeting());
    expect(await store.meetings.findByJoinUrl(TENANT, meeting().joinUrl)).toEqual(meeting());
    expect(await store.meetings.findByJoinUrl(OTHER_TENANT, meeting().joinUrl)).toBeNull();
  });

  it('updates a meeting in place when it is recorded again', async () => {
    await store.meetings.upsert(meeting());
    await store.meetings.upsert(meeting({ subject: 'Weekly team sync', chatId: null }));
    expect(await store.meetings.findByJoinUrl(TENANT, meeting().joinUrl)).toMatchObject({ subject: 'Weekly team sync', chatId: null });
  });

  it('records each occurrence of a series once, keyed by its start', async () => {
    await store.meetings.upsert(meeting());
    const startsAt = new Date('2026-11-16T09:00:00Z');
    await store.meetings.upsertOccurrence({ tenantId: TENANT, onlineMeetingId: meeting().onlineMeetingId, startsAt, endsAt: new Date('2026-11-16T10:00:00Z') });
    await store.meetings.upsertOccurrence({ tenantId: TENANT, onlineMeetingId: meeting().onlineMeetingId, startsAt, endsAt: new Date('2026-11-16T10:30:00Z') });
    const { rows } = (await database.db.execute('select ends_at from occurrences')) as unknown as { rows: { ends_at: unknown }[] };
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0]!.ends_at as string).toISOString()).toBe('2026-11-16T10:30:00.000Z');
  });

  it('refuses an occurrence of a meeting it does not know', async () => {
    await expect(
      store.meetings.upsertOccurrence({ tenantId: TENANT, onlineMeetingId: 'unknown', startsAt: new Date(), endsAt: new Date() }),
    ).rejects.toThrow();
  });

  it('keeps the display-name cache per tenant', async () => {
    await store.users.upsert({ tenantId: TENANT, userId: 'u1', displayName: 'Amara Okafor', upn: 'amara@example.com' });
    await store.users.upsert({ tenantId: TENANT, userId: 'u1', displayName: 'Amara O.', upn: 'amara@example.com' });
    await store.users.upsert({ tenantId: OTHER_TENANT, userId: 'u1', displayName: 'Someone else', upn: 'x@example.org' });
    expect(await store.users.find(TENANT, 'u1')).toEqual({ tenantId: TENANT, userId: 'u1', displayName: 'Amara O.', upn: 'amara@example.com' });
    expect((await store.users.find(OTHER_TENANT, 'u1'))?.displayName).toBe('Someone else');
    expect(await store.users.find(TENANT, 'u2')).toBeNull();
  });
});
