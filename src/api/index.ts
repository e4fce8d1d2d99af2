export { createApiClient, type ApiClient, type GetToken, type Me, type MeetingView, type MySpeaking, type TabMeetingView, type TurnAction, type TurnsUpdate, type TurnsView } from './api-client';
export { ApiError, NetworkError, isApiError, type ApiErrorCode } from './api-error';
export { ApiProvider, useApi } from './api-provider';
export type * from './checkin-types';
export type * from './praise-types';
export type { StreamEvent, StreamStatus } from './event-stream';
