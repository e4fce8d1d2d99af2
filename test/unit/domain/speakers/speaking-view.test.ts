import { describe, expect, it } from 'vitest';
import { toMeetingSpeakingView, type StoredSpeaking } from '../../../../server/domain/speakers/speaking-view';
import type { PersonFigures } from '../../../../server/domain/speakers/types';

const person = (name: string, userId: string | null, talkMs: number, extra: Partial<PersonFigures> = {}): PersonFigures => ({
  personKey: userId ? `user:${userId}` : `voice:${name}`,
  name,
  userId,
  email: userId ? `${userId}@contoso.example` : null,
  talkMs,
  share: talkMs / 10_000,
  turns: talkMs > 0 ? 2 : 0,
  longestTurnMs: talkMs,
  backchannels: 0,
  isGuest: false,
  isAmbiguous: false,
  ...extra,
});

const occurrence = { onlineMeetingId: 'meeting', start: '2025-03-04T10:00:00.000Z', end: '2025-03-04T11:00:00.000Z' };
const stored: StoredSpeaking = {
  state: 'ready',
  transcriptCount: 1,
  ingestedAt: new Date('2025-03-04T12:00:00Z'),
  figures: {
    durationMs: 10_000,
    unattributedMs: 0,
    balance: { entropy: 0.5, gini: 0.4, turnCv: 0.3, topShare: 0.7 },
    roster: 'attendance',
    peopleCounted: 4,
    peopleHeard: 3,
    people: [person('Jonas Weber', 'jonas', 7000), person('Lucía Fernández', 'lucia', 2000), person('Dial-in user', null, 1000, { isGuest: true }), person('Aroha Ngata', 'aroha', 0)],
  },
};

describe('who sees what of a meeting’s speaking figures', () => {
  it('the organizer sees every row, without e-mail addresses', () => {
    const view = toMeetingSpeakingView(occurrence, stored, { userId: 'hiroshi', upn: 'hiroshi@contoso.example', isOrganizer: true });
    expect(view.audience).toBe('organizer');
    expect(view.people?.map((p) => p.name)).toEqual(['Jonas Weber', 'Lucía Fernández', 'Dial-in user', 'Aroha Ngata']);
    expect(JSON.stringify(view)).not.toContain('@contoso.example');
    expect(view.me).toBeNull();
  });

  it('a participant sees the meeting-level figures and their own row only', () => {
    const view = toMeetingSpeakingView(occurrence, stored, { userId: 'aroha', upn: 'aroha@contoso.example', isOrganizer: false });
    expect(view.people).toBeNull();
    expect(view.me).toMatchObject({ name: 'Aroha Ngata', talkMs: 0 });
    expect(view.meeting).toEqual({
      durationMs: 10_000,
      unattributedMs: 0,
      balance: { entropy: 0.5, gini: 0.4, turnCv: 0.3, topShare: 0.7 },
      voicesHeard: { heard: 3, counted: 4 },
      source: { kind: 'transcript', transcripts: 1, roster: 'attendance', ingestedAt: '2025-03-04T12:00:00.000Z' },
    });
    for (const other of ['Jonas', 'Lucía', 'Dial-in', 'jonas', 'lucia']) expect(JSON.stringify(view)).not.toContain(other);
  });

  it('a participant is found by e-mail where the roster had no ids, but never in an ambiguous row', () => {
    const byEmail = { ...stored, figures: { ...stored.figures!, people: [person('Priya Raman', null, 100, { email: 'Priya@Contoso.example' })] } };
    expect(toMeetingSpeakingView(occurrence, byEmail, { userId: 'priya', upn: 'priya@contoso.example', isOrganizer: false }).me?.name).toBe('Priya Raman');
    const ambiguous = { ...stored, figures: { ...stored.figures!, people: [person('Priya Raman', null, 100, { email: 'priya@contoso.example', isAmbiguous: true })] } };
    expect(toMeetingSpeakingView(occurrence, ambiguous, { userId: 'priya', upn: 'priya@contoso.example', isOrganizer: false }).me).toBeNull();
  });

  it('states come as states, with no figures; nothing stored is pending', () => {
    const viewer = { userId: 'lucia', upn: 'lucia@contoso.example', isOrganizer: false };
    expect(toMeetingSpeakingView(occurrence, null, viewer)).toEqual({ state: 'pending', occurrence, audience: 'participant', meeting: null, people: null, me: null });
    const disabled: StoredSpeaking = { state: 'attribution_disabled', figures: null, transcriptCount: 0, ingestedAt: new Date() };
    expect(toMeetingSpeakingView(occurrence, disabled, { ...viewer, isOrganizer: true })).toMatchObject({ state: 'attribution_disabled', meeting: null, people: null });
  });
});
