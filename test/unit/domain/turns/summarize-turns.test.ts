// What the tracker shows: talk times and shares by the transcript's definitions, the fair queue, "not heard yet", the
// live balance; and who counts as whom.
import { describe, expect, it } from 'vitest';
import { identifyActor, invitationOf, summarizeTurns } from '../../../../server/domain/turns';
import { computeBalance, tallySpeakers } from '../../../../server/domain/transcript';
import { at, guest, invitation, lucia, mateus, organizer, priya, run } from './turn-fixtures';

describe('summarizeTurns', () => {
  const state = run([
    [lucia, { action: 'start' }, 0],
    [priya, { action: 'start' }, 60],
    [priya, { action: 'stop' }, 80],
    [lucia, { action: 'start' }, 100],
  ]);

  it('counts the open turn up to now, and shows who speaks since when', () => {
    const summary = summarizeTurns(state, invitation, at(130));
    expect(summary.current).toEqual({ participantId: lucia.participantId, name: 'Lucía Fernández', since: at(100).toISOString(), elapsedMs: 30_000 });
    expect(summary.people.map((p) => [p.name, p.talkMs, p.turns, p.isSpeaking])).toEqual([
      ['Lucía Fernández', 90_000, 2, true],
      ['Priya Raman', 20_000, 1, false],
      ['Hiroshi Tanaka', 0, 0, false],
    ]);
    expect(summary.coveredMs).toBe(110_000);
  });

  it('has the balance of the transcript definitions, with the silent participants counted at 0', () => {
    const summary = summarizeTurns(state, invitation, at(130));
    const cues = [
      { startMs: 0, endMs: 60_000, speaker: 'L' },
      { startMs: 60_000, endMs: 80_000, speaker: 'P' },
      { startMs: 100_000, endMs: 130_000, speaker: 'L' },
    ];
    expect(summary.balance).toEqual(computeBalance(tallySpeakers(cues).speakers, { extraSilent: ['H'] }).balance);
    expect(summary.balance.topShare).toBeCloseTo(90 / 110);
    expect(summary.people.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1);
  });

  it('lists who has not been heard yet, leaving out invitees who declined and never came', () => {
    expect(summarizeTurns(state, invitation, at(130)).notHeard.map((p) => p.name)).toEqual(['Hiroshi Tanaka']);
    const withMateus = run([[mateus, { action: 'join' }, 131]], state);
    expect(summarizeTurns(withMateus, invitation, at(132)).notHeard.map((p) => p.name)).toEqual(['Hiroshi Tanaka', 'Mateus Silva']);
  });

  it('orders raised hands by least talk so far, then by who raised first; the speaker is not waiting', () => {
    const hands = run(
      [
        [guest, { action: 'join' }, 101],
        [lucia, { action: 'raise' }, 102],
        [priya, { action: 'raise' }, 103],
        [guest, { action: 'raise' }, 104],
        [organizer, { action: 'raise' }, 105],
      ],
      state,
    );
    const queue = summarizeTurns(hands, invitation, at(130)).queue;
    expect(queue.map((hand) => [hand.name, hand.talkMs])).toEqual([
      ['Dmitri Volkov', 0],
      ['Hiroshi Tanaka', 0],
      ['Priya Raman', 20_000],
    ]);
  });
});

describe('who is who', () => {
  const meeting = {
    organizer: { name: 'Hiroshi Tanaka', email: 'Hiroshi@Example.com' },
    attendees: [
      { name: 'Lucía Fernández', email: 'lucia@example.com', type: 'required' as const, response: 'accepted' as const },
      { name: 'Room 4', email: 'room4@example.com', type: 'resource' as const, response: 'accepted' as const },
      { name: 'Priya Raman', email: 'PRIYA@example.com', type: 'optional' as const, response: 'declined' as const },
      { name: 'Hiroshi Tanaka', email: 'hiroshi@example.com', type: 'required' as const, response: 'none' as const },
    ],
  };
  const invite = invitationOf(meeting);

  it('reads the invite: addresses in lower case, no rooms, each person once', () => {
    expect(invite).toEqual({
      organizer: { participantId: 'hiroshi@example.com', name: 'Hiroshi Tanaka' },
      invitees: [
        { participantId: 'lucia@example.com', name: 'Lucía Fernández', isDeclined: false },
        { participantId: 'priya@example.com', name: 'Priya Raman', isDeclined: true },
      ],
    });
  });

  it('finds the signed-in person by organizer, address, then a unique display name; anyone else is a guest', () => {
    expect(identifyActor({ upn: 'x@y.z', displayName: 'H', isOrganizer: true }, invite).participantId).toBe('hiroshi@example.com');
    expect(identifyActor({ upn: 'Priya@Example.com', displayName: 'P. Raman', isOrganizer: false }, invite).participantId).toBe('priya@example.com');
    expect(identifyActor({ upn: 'l.fernandez@corp.example', displayName: 'Lucía Fernández', isOrganizer: false }, invite).participantId).toBe('lucia@example.com');
    expect(identifyActor({ upn: 'Dmitri@Example.com', displayName: 'Dmitri Volkov', isOrganizer: false }, invite)).toEqual({
      participantId: 'dmitri@example.com',
      name: 'Dmitri Volkov',
      isOrganizer: false,
    });
  });
});
