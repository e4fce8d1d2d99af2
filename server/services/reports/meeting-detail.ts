// The stored detail of one occurrence (server/db's record) in the domain's words.
import type { MeetingDetail } from '../../domain/reports/meeting-report';
import type { MeetingDetailRecord } from '../report-ports';

export const toMeetingDetail = (record: MeetingDetailRecord): MeetingDetail => ({
  speaking: {
    transcript: record.transcript?.state === 'ready' ? { people: record.transcript.people, timeline: record.transcript.timeline, durationMs: record.transcript.durationMs } : null,
    tracker: record.tracker,
  },
  checkin: record.checkin && {
    question: record.checkin.question,
    anonymous: record.checkin.anonymous,
    answers: record.checkin.answers,
    hiddenAnonymous: record.checkin.hiddenAnonymous,
  },
  praise: record.praise,
});
