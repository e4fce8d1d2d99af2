import { readFileSync } from 'node:fs';
import type { Chat, Event, OnlineMeeting } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../server/emulator/index';
import { first, graphFor, NOW, startEmulator, UPN, weeklyMeeting, type Collection, type Graph, type GraphErrorBody } from './harness';

const WEEK = 7 * 24 * 3600_000;
const fixture = JSON.parse(readFileSync(new URL('../../../../shared/fixtures/graph/event-create-online-meeting.response.json', import.meta.url), 'utf8')) as Event;

/** The Teams blob: from the first rule div to the second, inclusive. */
const blobOf = (html: string): string => {
  const rule = '<div style="width:100%; height:20px">';
  const start = html.indexOf(rule);
  const end = html.indexOf('</div>', html.indexOf(rule, start + rule.length)) + '</div>\r\n'.length;
  return html.slice(start, end);
};

/** Replaces the values that differ per meeting, so two blobs can be compared for shape. */
const shapeOf = (blob: string): string =>
  blob
    .replace(/https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^"]+/g, 'JOIN_URL')
    .replace(/tel:&#43;[^"]+/g, 'TEL')
    .replace(/&#43;1 [\d-]+/g, 'PHONE')
    .replace(/\d{3} \d{3} \d{3,4}#/g, 'CONFERENCE_ID#')
    .replace(/https:\/\/dialin\.teams\.microsoft\.com\/[^"]+/g, 'DIAL_IN')
    .replace(/https:\/\/teams\.microsoft\.com\/meetingOptions\/[^"]+/g, 'OPTIONS');

const filterFor = (joinUrl: string): string => `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`;

let emulator: Emulator;
let organizer: Graph;
let attendee: Graph;
beforeAll(async () => {
  ({ emulator } = await startEmulator());
  organizer = await graphFor(emulator, UPN.hiroshi);
  attendee = await graphFor(emulator, UPN.priya);
});

describe('online meetings', () => {
  it('the invite body carries the Teams meeting blob exactly as Graph returns it, with this meeting’s join URL', async () => {
    const { occurrence, joinUrl } = await weeklyMeeting(organizer);
    const content = occurrence.body?.content ?? '';
    expect(shapeOf(blobOf(content))).toBe(shapeOf(blobOf(fixture.body?.content ?? '')));
    expect(blobOf(content)).toContain(`href="${joinUrl}"`);
    expect(content).toContain(`${occurrence.onlineMeeting?.conferenceId?.replace(/(\d{3})(\d{3})(\d+)/, '$1 $2 $3')}#`);
  });

  it('finds the meeting by join URL for the organizer and for an attendee', async () => {
    const { joinUrl, meetingId } = await weeklyMeeting(organizer);
    const res = await attendee.get<Collection<OnlineMeeting>>(filterFor(joinUrl));
    expect(res.status).toBe(200);
    expect(res.body.value.map((m) => m.id)).toEqual([meetingId]);
  });

  it('accepts a join URL that arrives URL-encoded once more inside the quotes', async () => {
    const { joinUrl, meetingId } = await weeklyMeeting(organizer);
    const res = await organizer.get<Collection<OnlineMeeting>>(filterFor(encodeURIComponent(joinUrl)));
    expect(res.body.value.map((m) => m.id)).toEqual([meetingId]);
  });

  it('someone who was not invited cannot look the meeting up', async () => {
    const { joinUrl } = await weeklyMeeting(organizer);
    expect((await (await graphFor(emulator, UPN.dmitri)).get(filterFor(joinUrl))).status).toBe(403);
  });

  it('listing online meetings without $filter is 400', async () => {
    const res = await organizer.get<GraphErrorBody>('/me/onlineMeetings');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BadRequest');
  });

  it('all occurrences of the series share one online meeting and one chat', async () => {
    const from = new Date(NOW.getTime() - 3 * WEEK);
    const { items } = await organizer.all<Event>(`/me/calendarView?startDateTime=${from.toISOString()}&endDateTime=${new Date(NOW.getTime() + WEEK).toISOString()}`);
    const joinUrls = new Set(items.filter((e) => e.subject === 'Weekly team meeting').map((e) => e.onlineMeeting?.joinUrl));
    expect(joinUrls.size).toBe(1);
    const meetings = await Promise.all([...joinUrls].map(async (url) => first((await organizer.get<Collection<OnlineMeeting>>(filterFor(String(url)))).body.value)));
    expect(first(meetings).chatInfo?.threadId).toMatch(/^19:meeting_[A-Za-z0-9+/=]+@thread\.v2$/);
  });

  it('gets a meeting by id with its organizer and attendees', async () => {
    const { meetingId, joinUrl } = await weeklyMeeting(organizer);
    const res = await organizer.get<OnlineMeeting>(`/me/onlineMeetings/${meetingId}`);
    expect(res.body).toMatchObject({ id: meetingId, joinWebUrl: joinUrl, subject: 'Weekly team meeting' });
    expect(res.body.participants?.organizer).toMatchObject({ upn: UPN.hiroshi, role: 'presenter', identity: { user: { displayName: 'Hiroshi Tanaka' } } });
    expect(res.body.participants?.attendees?.map((a) => a.upn)).toContain(UPN.aroha);
    expect(res.body.participants?.attendees).toHaveLength(6);
  });

  it('the meeting chat knows its online meeting', async () => {
    const { meetingId, joinUrl } = await weeklyMeeting(organizer);
    const meeting = (await organizer.get<OnlineMeeting>(`/me/onlineMeetings/${meetingId}`)).body;
    const chat = await attendee.get<Chat>(`/chats/${meeting.chatInfo?.threadId}`);
    expect(chat.body).toMatchObject({ chatType: 'meeting', topic: 'Weekly team meeting', onlineMeetingInfo: { joinWebUrl: joinUrl } });
  });

  it('the roadmap review tomorrow has an HTML agenda above the blob', async () => {
    const review = (await (await graphFor(emulator, UPN.amara)).all<Event>('/me/events')).items.find((e) => e.subject === 'Roadmap review');
    expect(review?.start?.dateTime).toBe('2025-03-05T14:00:00.0000000');
    const content = review?.body?.content ?? '';
    expect(content.indexOf('<h2>Agenda</h2>')).toBeLessThan(content.indexOf('________________'));
    expect(content).toMatch(/<ol>\r\n<li>[^<]+\(10 min\)<\/li>/);
    expect(review?.isOnlineMeeting).toBe(true);
  });
});
