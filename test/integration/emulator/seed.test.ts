import type { Event } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../../server/emulator/index';
import { graphFor, NOW, startEmulator, UPN } from './harness';

const window = `startDateTime=${new Date(NOW.getTime() - 70 * 86400_000).toISOString()}&endDateTime=${new Date(NOW.getTime() + 7 * 86400_000).toISOString()}`;

describe('demo tenant seed', () => {
  it('is deterministic for a given now: two emulators hand out the same ids', async () => {
    const [a, b] = await Promise.all([startEmulator(), startEmulator()]);
    expect(a.emulator.people).toEqual(b.emulator.people);
    const idsOf = async (emulator: typeof a.emulator) => (await (await graphFor(emulator, UPN.lucia)).all<Event>(`/me/calendarView?${window}`)).items.map((e) => `${e.id}|${e.changeKey}`);
    expect(await idsOf(a.emulator)).toEqual(await idsOf(b.emulator));
  });

  it('has at least eight people from several cultures in a two-level hierarchy', async () => {
    const { emulator } = await startEmulator();
    expect(emulator.tenantId).toBe(DEMO_TENANT_ID);
    expect(emulator.people.length).toBeGreaterThanOrEqual(8);
    expect(emulator.people.map((p) => p.displayName)).toEqual(expect.arrayContaining(['Amara Okafor', 'Hiroshi Tanaka', 'Lucía Fernández', 'Aroha Ngata']));
    const top = emulator.people.filter((p) => p.managerId === null);
    expect(top).toHaveLength(1);
    const middle = emulator.people.filter((p) => p.managerId === top[0]?.id && emulator.people.some((q) => q.managerId === p.id));
    expect(middle.length).toBeGreaterThan(0);
    expect(emulator.people.every((p) => p.upn.endsWith('@roundtabledemo.onmicrosoft.com') && p.jobTitle)).toBe(true);
  });

  it('moves with the clock: the weekly meeting is in progress at any now', async () => {
    const { emulator } = await startEmulator({ now: () => new Date('2026-07-17T23:59:00Z') });
    const graph = await graphFor(emulator, UPN.hiroshi);
    const { items } = await graph.all<Event>('/me/calendarView?startDateTime=2026-07-17T23:59:00Z&endDateTime=2026-07-17T23:59:30Z');
    expect(items.find((e) => e.subject === 'Weekly team meeting')?.start?.dateTime).toBe('2026-07-17T23:00:00.0000000');
  });
});

describe('demo transcripts folder', () => {
  it('names the missing folder and the setting that points elsewhere', async () => {
    const { loadTranscriptSources } = await import('../../../server/emulator/seed/transcript-sources');
    await expect(loadTranscriptSources('/nonexistent/transcripts')).rejects.toThrow(
      /\/nonexistent\/transcripts\/nicolasblank_.*does not exist.*DEMO_TRANSCRIPTS_DIR/s,
    );
  });
});
