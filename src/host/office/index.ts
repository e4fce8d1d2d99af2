// The Outlook command page's only door to Outlook (Office.js). Separate from ../index.ts, which loads teams-js.
export { connectOutlook, connectOutlookWith, type OutlookHost } from './connect-office';
export { createAppointment, composeAppointmentOf, type Appointment, type AppointmentDescription, type AppointmentKind } from './appointment';
export { OfficeError, isOfficeError, type OfficeErrorCode } from './office-error';
export { toOfficeHostTheme, type OfficeHostTheme } from './office-theme';
export type { OfficeApi, OfficeAppointmentCompose, OfficeAsyncResult, OfficeCallback, OfficeErrorInfo } from './office-api';
