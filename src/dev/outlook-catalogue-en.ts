// The dev host's Outlook appointment form's own strings (demo mode only), kept out of the product catalogue.
import { useMemo } from 'react';
import { makeTranslator, useI18n, type Translate } from '../i18n';

export const outlookDevEn = {
  'outlookDev.loading': 'Opening the appointment in Outlook…',
  'outlookDev.loadErrorTitle': "Outlook couldn't open the appointment",
  'outlookDev.noMeeting': 'This person has no meeting to open. Choose a person or a meeting on the left.',
  'outlookDev.ribbon': 'Meeting',
  'outlookDev.save': 'Save',
  'outlookDev.saving': 'Saving…',
  'outlookDev.saved': 'Saved. The calendar event now has this body.',
  'outlookDev.unsaved': 'Unsaved changes',
  'outlookDev.roundtableGroup': 'Roundtable',
  'outlookDev.addCheckin': 'Add check-in',
  'outlookDev.open': 'Open',
  'outlookDev.openOccurrence': 'This occurrence',
  'outlookDev.openSeries': 'The entire series',
  'outlookDev.attendee': 'You are an attendee of this meeting: Outlook shows the Add check-in button to its organizer only.',
  'outlookDev.subject': 'Title',
  'outlookDev.attendees': 'Required attendees',
  'outlookDev.body': 'Appointment body',
  'outlookDev.source': 'Body as Outlook stores it (HTML)',
  'outlookDev.pane': 'Roundtable task pane',
  'outlookDev.closePane': 'Close the task pane',
  'outlookDev.saveFailedTitle': "Outlook couldn't save",
} as const;

export type OutlookDevKey = keyof typeof outlookDevEn;

export const useOutlookDevT = (): Translate<OutlookDevKey> => {
  const { locale } = useI18n();
  return useMemo(() => makeTranslator<OutlookDevKey>(outlookDevEn, locale), [locale]);
};
