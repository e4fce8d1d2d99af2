// Praise already in the outbox, for the drain benchmark: everyone signs in once (so the server holds the tokens it
// posts with), each meeting is read through the API, and the praises are written through the store in one go — not
// through HTTP, which would measure giving rather than delivering. Also reads back what Teams (the emulator) holds.
import { randomUUID } from 'node:crypto';
import type { DeliveryKind } from '../../server/domain/praise';
import type { MeetingView } from '../../server/domain/meeting';
import type { Running } from '../../server/start';

/** The demo tenant's Teams meetings and their chats' members, organizer first. */
const MEETINGS: Record<string, string[]> = {
  'Weekly team meeting': ['hiroshi.tanaka', 'lucia.fernandez', 'priya.raman', 'mateus.silva', 'fatima.alsayed', 'jonas.weber', 'aroha.ngata'],
  'Roadmap review': ['amara.okafor', 'hiroshi.tanaka', 'priya.raman', 'fatima.alsayed', 'aroha.ngata', 'dmitri.volkov'],
  'Design critique': ['priya.raman', 'amara.okafor', 'lucia.fernandez', 'mateus.silva', 'aroha.ngata'],
};
/** Private praise needs the recipient to have Roundtable in Teams; Dmitri has not installed it. */
const WITHOUT_APP = 'dmitri.volkov';

export type SeededPraise = { id: string; kind: DeliveryKind; chatId: string; recipientUpn: string };

type Meeting = { subject: string; members: string[]; view: MeetingView; eventIds: Map<string, string> };

export const seedPraise = async (running: Running, count: number) => {
  const emulator = running.emulator!;
  const person = (handle: string) => emulator.people.find((p) => p.upn.startsWith(`${handle}@`))!;
  const api = async (handle: string, path: string, token: string) => {
    const response = await fetch(`${running.appUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${path} for ${handle}: ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  // Signed in for long enough for any drain: the server may post as them until their token runs out.
  const tokens = new Map<string, string>();
  for (const handle of new Set(Object.values(MEETINGS).flat())) {
    tokens.set(handle, await emulator.mintSsoToken(person(handle).upn, { expiresInSeconds: 24 * 3600 }));
    await api(handle, '/api/me/praise-preference', tokens.get(handle)!);
  }

  const meetings: Meeting[] = [];
  for (const [subject, members] of Object.entries(MEETINGS)) {
    const eventIds = new Map<string, string>();
    for (const handle of members) {
      const from = new Date(Date.now() - 2 * 3_600_000).toISOString();
      const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
      const graphToken = await emulator.mintGraphToken(person(handle).upn);
      const view = (await (await fetch(`${running.emulatorUrl}/v1.0/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=100`, { headers: { Authorization: `Bearer ${graphToken}` } })).json()) as {
        value: { id: string; subject: string }[];
      };
      eventIds.set(handle, view.value.find((e) => e.subject === subject)!.id);
    }
    const organizer = members[0]!;
    const view = (await api(organizer, `/api/meetings/${encodeURIComponent(eventIds.get(organizer)!)}`, tokens.get(organizer)!)) as MeetingView;
    meetings.push({ subject, members, view, eventIds });
  }

  const tenantId = emulator.tenantId;
  const praises: SeededPraise[] = [];
  for (let i = 0; i < count; i++) {
    const meeting = meetings[i % meetings.length]!;
    const giver = meeting.members[Math.floor(i / meetings.length) % meeting.members.length]!;
    const others = meeting.members.filter((h) => h !== giver && (i % 5 !== 4 || h !== WITHOUT_APP));
    const recipient = others[(i * 7) % others.length]!;
    // One in five private: a notification takes four times a card's turn (5 a second against 20).
    const kind: DeliveryKind = i % 5 === 4 ? 'activity_notification' : 'chat_post';
    const visibility = kind === 'chat_post' ? 'public' : 'private';
    const id = randomUUID();
    await running.deps.store.praise.create({
      tenantId,
      id,
      onlineMeetingId: meeting.view.onlineMeetingId!,
      occurrenceStart: new Date(meeting.view.start),
      eventSubject: meeting.subject,
      giverEventId: meeting.eventIds.get(giver)!,
      giver: { userId: person(giver).id, displayName: person(giver).displayName },
      recipient: { kind: 'person', userId: person(recipient).id, displayName: person(recipient).displayName },
      valueId: 'teamwork',
      valueLabel: 'Teamwork',
      message: `Thank you for the help on ${meeting.subject} (${i}).`,
      requestedVisibility: visibility,
      visibility,
      notice: null,
      createdAt: new Date(),
      job: { kind, target: kind === 'chat_post' ? meeting.view.chatId! : person(recipient).id },
    });
    praises.push({ id, kind, chatId: meeting.view.chatId!, recipientUpn: person(recipient).upn });
  }

  /** Praise cards in the meeting chats: how many per attachment id, and when Teams took each. */
  const readCards = async () => {
    const cards = new Map<string, number>();
    const takenAt: number[] = [];
    for (const meeting of meetings) {
      const graphToken = await emulator.mintGraphToken(person(meeting.members[0]!).upn);
      let next: string | undefined = `${running.emulatorUrl}/v1.0/chats/${encodeURIComponent(meeting.view.chatId!)}/messages?$top=50`;
      while (next) {
        const page = (await (await fetch(next, { headers: { Authorization: `Bearer ${graphToken}` } })).json()) as {
          value: { createdDateTime: string; attachments: { id: string }[] }[];
          '@odata.nextLink'?: string;
        };
        for (const message of page.value) {
          takenAt.push(Date.parse(message.createdDateTime));
          for (const attachment of message.attachments) cards.set(attachment.id, (cards.get(attachment.id) ?? 0) + 1);
        }
        next = page['@odata.nextLink'];
      }
    }
    return { cards, takenAt: takenAt.sort((a, b) => a - b) };
  };

  /** Notifications in the recipients' activity feeds: how many per chain, and when Teams took each (the last send). */
  const readNotifications = async () => {
    const chains = new Map<number, number>();
    const takenAt: number[] = [];
    for (const upn of new Set(praises.filter((p) => p.kind === 'activity_notification').map((p) => p.recipientUpn))) {
      const feed = (await (await fetch(`${running.emulatorUrl}/demo/activity?upn=${encodeURIComponent(upn)}`)).json()) as { sentAt: string; notification: { chainId: number } }[];
      for (const item of feed) {
        chains.set(item.notification.chainId, (chains.get(item.notification.chainId) ?? 0) + 1);
        takenAt.push(Date.parse(item.sentAt));
      }
    }
    return { chains, takenAt: takenAt.sort((a, b) => a - b) };
  };

  return { tenantId, praises, readCards, readNotifications };
};
