// English: the reference catalogue. Every key here must exist in other catalogues too (they fall back to English).
import { enCheckin } from './catalogue-en-checkin';
import { enOutlook } from './catalogue-en-outlook';
import { enPraise } from './catalogue-en-praise';
import { enReports } from './catalogue-en-reports';
import { enTurns } from './catalogue-en-turns';

export type PluralMessage = { one: string; other: string };

export const en = {
  'state.retry': 'Try again',

  'host.connecting': 'Connecting to Teams…',
  'host.errorTitle': "Roundtable couldn't start",

  'error.reference': 'Reference for support: {requestId}',
  'error.generic': 'Something went wrong. Try again in a moment.',
  'error.network': "Roundtable can't be reached right now. Check your connection and try again.",
  'error.api.generic': 'Roundtable ran into a problem on its side. Try again in a moment.',
  'error.api.unauthenticated': "Your sign-in couldn't be confirmed. Close and reopen Roundtable to sign in again.",
  'error.api.forbidden': "You don't have access to this.",
  'error.api.notFound': "That couldn't be found.",
  'error.api.tooManyRequests': 'Roundtable is busy right now. Try again in a minute.',
  'error.api.graphUnavailable': "Microsoft 365 didn't answer in time. Try again in a moment.",
  'error.api.notReady': 'Roundtable is starting up. Try again in a moment.',
  'error.host.notInHost': 'Open Roundtable from Microsoft Teams or Outlook.',
  'error.host.initializeFailed': "Teams or Outlook didn't start Roundtable. Close it and open it again.",
  'error.host.ssoFailed': "Teams couldn't sign you in to Roundtable. Try again, or sign out and back in to Teams.",
  'error.host.meetingUnavailable': "Teams didn't tell Roundtable which meeting this is.",
  'error.host.stageFailed': "Roundtable couldn't be shared to the meeting stage.",
  'error.host.configFailed': "The tab couldn't be saved. Try again.",
  'error.meeting.notFound': "This meeting isn't in your calendar, so Roundtable can't show it.",

  'meeting.loading': 'Loading the meeting…',
  'meeting.errorTitle': "Couldn't load the meeting",
  'meeting.untitled': 'Untitled meeting',
  'meeting.recurring': 'Recurring',
  'meeting.organizer': 'Organizer',
  'meeting.youOrganize': "You're the organizer",
  'meeting.attendees': { one: '{count} attendee', other: '{count} attendees' } satisfies PluralMessage,
  'meeting.noAttendees': 'No one else is invited.',
  'meeting.response.none': 'No response yet',
  'meeting.response.organizer': 'Organizer',
  'meeting.response.accepted': 'Accepted',
  'meeting.response.tentative': 'Tentative',
  'meeting.response.declined': 'Declined',

  'stage.share': 'Share to stage',
  'stage.sharing': 'Sharing…',
  'stage.shared': 'Roundtable is on the meeting stage.',
  'stage.failed': "Couldn't share to the stage. Try again.",

  'details.checkinHeading': 'Check-in',

  'config.heading': 'Add Roundtable to this meeting',
  'config.intro': 'Roundtable helps this meeting keep three habits of healthy teams.',
  'config.habitsHeading': 'What it does',
  'config.habitCheckin': 'Start with a check-in, not just the agenda.',
  'config.habitVoices': 'Let every voice be heard, with a fair speaking queue.',
  'config.habitPraise': 'Close with praise, in public and in private.',
  'config.saveHint': 'Select Save to add the Roundtable tab.',
  'config.saveFailed': "Couldn't add the tab",

  'home.loading': 'Loading your meetings…',
  'home.errorTitle': "Couldn't load your meetings",
  'home.greeting': 'Hello, {name}',
  'home.intro': 'Here is your next meeting with Roundtable.',
  'home.nowHeading': 'Happening now',
  'home.nextHeading': 'Your next meeting',
  'home.startsAt': 'Starts {relative}',
  'home.startedAt': 'Started {relative}',
  'home.openInCalendar': 'Open in your calendar',
  'home.noMeeting': 'No Teams meetings in the next two weeks.',

  ...enCheckin,
  ...enOutlook,
  ...enPraise,
  ...enReports,
  ...enTurns,
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [K in MessageKey]: string | PluralMessage };
