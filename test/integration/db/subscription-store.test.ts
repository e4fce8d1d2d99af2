// The storage behind background transcript ingestion — subscriptions, delta links, the notification inbox — behaves
// the same on PGlite and on PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../server/db/client';
import { createStore } from '../../../server/db/store';
import type { Store } from '../../../server/services/ports';
import type { NewNotificationJob, TranscriptSubscription } from '../../../server/services/speaking-notifications/ports';
import { databaseKinds } from '../../support/databases';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
const AT = new Date('2025-03-04T10:00:00Z');
const MINUTE = 60_000;

const subscription = (overrides: Partial<TranscriptSubscription> = {}): TranscriptSubscription => ({
  tenantId: TENANT,
  organizerId: 'a1a1a1a1-0000-4000-8000-000000000001',
  organizerUpn: 'amara.okafor@example.com',
  subscriptionId: '0cc28c98-4d2a-4a34-b850-815d7e6486ea',
  resource: 'users/a1a1a1a1-0000-4000-8000-000000000001/onlineMeetings/getAllTranscripts',
  notificationUrl: 'https://roundtable.example/notifications/graph',
  clientStateHash: 'ab'.repeat(32),
  expiresAt: new Date(AT.getTime() + 3 * 86_400_000),
  status: 'active',
  lastError: null,
  ...overrides,
});

const transcriptJob = (transcriptId: string, overrides: Partial<NewNotificationJob> = {}): NewNotificationJob => ({
  tenantId: TENANT,
  subscriptionId: subscription().subscriptionId!,
  organizerId: subscription().organizerId,
  kind: 'transcript',
  lifecycleEvent: null,
  onlineMeetingId: 'MSo1N2Y5',
  transcriptId,
  dedupeKey: `transcript:MSo1N2Y5:${transcriptId}`,
  ...overrides,
});

describe.each(databaseKinds)('transcript sync storage on $name', ({ open }) => {
  let database: OpenDatabase;
  let store: Store;

  beforeEach(async () => {
    database = await open();
    store = createStore(database.db, database.close);
  });
  afterEach(async () => {
    await store.close();
  });

  it('lists each organizer of a known meeting once, with the user id of a person who signed in with that e-mail', async () => {
    const meeting = { chatId: null, subject: 'Weekly', iCalUId: null };
    await store.meetings.upsert({ ...meeting, tenantId: TENANT, onlineMeetingId: 'm1', joinUrl: 'https://t/1', organizerEmail: 'Amara.Okafor@example.com' });
    await store.meetings.upsert({ ...meeting, tenantId: TENANT, onlineMeetingId: 'm2', joinUrl: 'https://t/2', organizerEmail: 'Amara.Okafor@example.com' });
    await store.meetings.upsert({ ...meeting, tenantId: OTHER_TENANT, onlineMeetingId: 'm3', joinUrl: 'https://t/3', organizerEmail: 'lee@other.example' });
    await store.users.upsert({ tenantId: TENANT, userId: 'amara-id', displayName: 'Amara', upn: 'amara.okafor@example.com' });
    expect(await store.transcriptSync.listKnownOrganizers()).toEqual(
      expect.arrayContaining([
        { tenantId: TENANT, email: 'Amara.Okafor@example.com', userId: 'amara-id' },
        { tenantId: OTHER_TENANT, email: 'lee@other.example', userId: null },
      ]),
    );
    expect(await store.transcriptSync.listKnownOrganizers()).toHaveLength(2);
    expect(await store.transcriptSync.findMeetingJoinUrl(TENANT, 'm2')).toBe('https://t/2');
    expect(await store.transcriptSync.findMeetingJoinUrl(OTHER_TENANT, 'm2')).toBeNull();
  });

  it('keeps one subscription per organizer, found by organizer or by Graph id within its tenant', async () => {
    const subscriptions = store.transcriptSync.subscriptions;
    await subscriptions.save(subscription());
    await subscriptions.save(subscription({ subscriptionId: 'b2b2', status: 'failed', lastError: 'Graph said no' }));
    expect(await subscriptions.list()).toEqual([subscription({ subscriptionId: 'b2b2', status: 'failed', lastError: 'Graph said no' })]);
    expect(await subscriptions.findById(TENANT, 'b2b2')).toMatchObject({ organizerId: subscription().organizerId });
    expect(await subscriptions.findById(TENANT, subscription().subscriptionId!)).toBeNull();
    expect(await subscriptions.findById(OTHER_TENANT, 'b2b2')).toBeNull();
    expect(await subscriptions.findByOrganizer(TENANT, subscription().organizerId)).toMatchObject({ subscriptionId: 'b2b2' });
  });

  it('stores the delta link per organizer, replacing the previous one', async () => {
    const links = store.transcriptSync.deltaLinks;
    expect(await links.find(TENANT, 'o1')).toBeNull();
    await links.save(TENANT, 'o1', 'https://graph/delta?$skiptoken=1', AT);
    await links.save(TENANT, 'o1', 'https://graph/delta?$skiptoken=2', AT);
    expect(await links.find(TENANT, 'o1')).toBe('https://graph/delta?$skiptoken=2');
    expect(await links.find(OTHER_TENANT, 'o1')).toBeNull();
  });

  it('queues a transcript once however often it is delivered; lifecycle notices every time', async () => {
    const inbox = store.transcriptSync.notifications;
    const lifecycle = transcriptJob('x', { kind: 'lifecycle', lifecycleEvent: 'missed', onlineMeetingId: null, transcriptId: null, dedupeKey: null });
    expect(await inbox.enqueue([transcriptJob('t1'), transcriptJob('t1'), lifecycle], AT)).toBe(2);
    expect(await inbox.enqueue([transcriptJob('t1'), lifecycle], AT)).toBe(1);
    expect(await inbox.enqueue([], AT)).toBe(0);
    expect(await inbox.countPending()).toBe(3);
  });

  it('hands each due notification to one worker, holds it for the lease, and gives it back when the lease ends', async () => {
    const inbox = store.transcriptSync.notifications;
    await inbox.enqueue(['t1', 't2', 't3', 't4', 't5'].map((id) => transcriptJob(id)), AT);
    const [a, b] = await Promise.all([inbox.claimDue(AT, 3, 5 * MINUTE), inbox.claimDue(AT, 3, 5 * MINUTE)]);
    const claimed = [...a!, ...b!].map((job) => job.transcriptId);
    expect(claimed.sort()).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect([...a!, ...b!].every((job) => job.attempts === 1)).toBe(true);
    expect(await inbox.claimDue(new Date(AT.getTime() + 4 * MINUTE), 10, 5 * MINUTE)).toEqual([]);
    // A worker that died: its jobs are due again once the lease has run out.
    const again = await inbox.claimDue(new Date(AT.getTime() + 5 * MINUTE), 10, 5 * MINUTE);
    expect(again.map((job) => job.transcriptId).sort()).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(again.every((job) => job.attempts === 2)).toBe(true);
  });

  it('a failed job is due again at its retry time; a given-up one never; a done one is pruned after a while', async () => {
    const inbox = store.transcriptSync.notifications;
    await inbox.enqueue([transcriptJob('retry'), transcriptJob('give-up'), transcriptJob('done')], AT);
    const jobs = await inbox.claimDue(AT, 10, MINUTE);
    const byId = (id: string) => jobs.find((job) => job.transcriptId === id)!;
    await inbox.fail(TENANT, byId('retry').notificationId, AT, 'Graph is down', new Date(AT.getTime() + 2 * MINUTE));
    await inbox.fail(TENANT, byId('give-up').notificationId, AT, 'Graph is down', null);
    await inbox.complete(TENANT, byId('done').notificationId, AT, 'ingested');
    expect(await inbox.countPending()).toBe(1);
    expect(await inbox.claimDue(new Date(AT.getTime() + MINUTE), 10, MINUTE)).toEqual([]);
    expect((await inbox.claimDue(new Date(AT.getTime() + 2 * MINUTE), 10, MINUTE)).map((job) => job.transcriptId)).toEqual(['retry']);
    // A re-delivery of a transcript already done is still not queued again until the row is pruned.
    expect(await inbox.enqueue([transcriptJob('done')], AT)).toBe(0);
    await inbox.prune(new Date(AT.getTime() + MINUTE));
    expect(await inbox.enqueue([transcriptJob('done'), transcriptJob('give-up')], AT)).toBe(2);
  });
});
