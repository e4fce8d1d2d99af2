// The Teams join "meeting blob" Outlook writes into an online meeting's invite, in the exact HTML shape Graph returns
// (from /work/shared/fixtures/graph/event-create-online-meeting.response.json), filled in with one meeting's values.
import type { OnlineMeeting } from '../store/types';
import { guidFrom } from '../ids';

const RULE =
  '<div style="width:100%; height:20px"><span style="white-space:nowrap; color:gray; opacity:.36">________________________________________________________________________________</span>\r\n</div>\r\n';

export const TOLL_NUMBER = '+1 323-555-0166';
const TOLL_HTML = '&#43;1 323-555-0166';

const spacedConferenceId = (id: string): string => `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`;

export const meetingOptionsUrl = (meeting: OnlineMeeting, tenantId: string): string =>
  `https://teams.microsoft.com/meetingOptions/?organizerId=${meeting.organizerId}&tenantId=${tenantId}&threadId=${meeting.threadId.replace(':', '_')}&messageId=0&language=en-US`;

export const dialInUrl = (meeting: OnlineMeeting): string =>
  `https://dialin.teams.microsoft.com/${guidFrom('dialin', meeting.organizerId)}?id=${meeting.conferenceId}`;

/** Everything from the first rule to the second, inclusive: the part Microsoft says must stay intact. */
export const meetingBlob = (meeting: OnlineMeeting, tenantId: string): string =>
  RULE +
  `<div class="me-email-text" style="color:#252424; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">\r\n` +
  `<div style="margin-top:24px; margin-bottom:10px"><a class="me-email-headline" href="${meeting.joinUrl}" target="_blank" rel="noreferrer noopener" style="font-size:18px; font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif; text-decoration:underline; color:#6264a7">Join\r\n Microsoft Teams Meeting</a> </div>\r\n` +
  `<div>\r\n` +
  `<div><a class="me-email-link" href="tel:${TOLL_HTML},,${meeting.conferenceId}# " target="_blank" rel="noreferrer noopener" style="font-size:14px; text-decoration:none; color:#6264a7">${TOLL_HTML}</a>\r\n` +
  `<span style="font-size:12px">&nbsp; United States, Los Angeles (Toll) </span></div>\r\n` +
  `</div>\r\n` +
  `<div style="margin-top:10px; margin-bottom:20px"><span style="font-size:12px">Conference ID:\r\n</span><span style="font-size:14px">${spacedConferenceId(meeting.conferenceId)}# </span></div>\r\n` +
  `<div style="margin-bottom:24px"><a class="me-email-link" target="_blank" href="${dialInUrl(meeting)}" rel="noreferrer noopener" style="font-size:12px; text-decoration:none; color:#6264a7">Local\r\n numbers</a> | ` +
  `<a class="me-email-link" target="_blank" href="https://mysettings.lync.com/pstnconferencing" rel="noreferrer noopener" style="font-size:12px; text-decoration:none; color:#6264a7">\r\nReset PIN</a> | ` +
  `<a class="me-email-link" target="_blank" href="https://aka.ms/JoinTeamsMeeting" rel="noreferrer noopener" style="font-size:12px; text-decoration:none; color:#6264a7">\r\nLearn more about Teams</a> | ` +
  `<a class="me-email-link" target="_blank" href="${meetingOptionsUrl(meeting, tenantId).replaceAll('&', '&amp;')}" rel="noreferrer noopener" style="font-size:12px; text-decoration:none; color:#6264a7">\r\nMeeting options</a> </div>\r\n` +
  `<div style="font-size:14px; margin-bottom:4px"></div>\r\n` +
  `<div style="font-size:12px"></div>\r\n` +
  `</div>\r\n` +
  RULE;

/** The whole invite body as Outlook stores it: the organizer's own content, then the blob. */
export const inviteHtml = (ownContent: string, blob: string): string =>
  '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n<meta content="text/html; charset=us-ascii">\r\n</head>\r\n<body>\r\n' +
  `${ownContent}\r\n${blob}</body>\r\n</html>\r\n`;

/** An invite without an online meeting. */
export const plainHtml = (ownContent: string): string => inviteHtml(ownContent, '');
