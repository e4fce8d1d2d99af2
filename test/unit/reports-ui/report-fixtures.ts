// Report rows as the reports API answers them, for the personal tab's table logic: a resolved Teams meeting with a
// transcript, a check-in and a shown pulse unless a test says otherwise. English (en-US) formatting in UTC.
import type { Guarded, ReportMeetingRow } from '../../../server/domain/reports/types';
import type { CellContext } from '../../../src/features/reports/meeting-columns';
import { createReportFormat } from '../../../src/features/reports/report-format';
import { createTranslator } from '../../../src/i18n';

export const ctx: CellContext = { t: createTranslator('en-US'), format: createReportFormat('en-US') };

export const shown = (value: number, people = 6): Guarded<number> => ({ shown: true, value, people });
export const withheld = (people = 3): Guarded<number> => ({ shown: false, people });

let sequence = 0;

export const meetingRow = (overrides: Partial<ReportMeetingRow> = {}): ReportMeetingRow => {
  sequence += 1;
  const start = overrides.start ?? `2026-03-${String((sequence % 27) + 1).padStart(2, '0')}T09:00:00.000Z`;
  return {
    eventId: `event-${sequence}`,
    seriesMasterId: null,
    subject: 'Planning',
    organizer: { name: 'Amara Okafor', email: 'amara@contoso.example' },
    viewerIsOrganizer: true,
    start,
    end: new Date(Date.parse(start) + 3_600_000).toISOString(),
    scheduledMs: 3_600_000,
    actualMs: 2_880_000,
    outlookLink: `https://outlook.office.com/calendar/item/${sequence}`,
    chatLink: `https://teams.microsoft.com/l/chat/19:meeting-${sequence}@thread.v2/0`,
    status: 'resolved',
    checkin: { held: true, answers: 5, attendees: 7, participation: 5 / 7 },
    pulse: { freedom: shown(4.2), inclusion: shown(3.8) },
    speaking: { source: 'transcript', missing: null, entropy: 0.82, topShare: 0.31, heard: 5 / 7, attendees: 7 },
    praise: { public: 2 },
    ...overrides,
  };
};

/** Occurrences of one series, a week apart from `firstStart`. */
export const seriesRows = (seriesMasterId: string, subject: string, rows: Array<Partial<ReportMeetingRow>>, firstStart = '2026-03-02T09:00:00.000Z') =>
  rows.map((overrides, index) =>
    meetingRow({ seriesMasterId, subject, start: new Date(Date.parse(firstStart) + index * 7 * 86_400_000).toISOString(), ...overrides }),
  );
