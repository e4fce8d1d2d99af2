export { createApiClient, type ApiClient, type GetToken, type Me, type MeetingView } from './api-client';
export { ApiError, NetworkError, isApiError, type ApiErrorCode } from './api-error';
export { ApiProvider, useApi } from './api-provider';
export type * from './checkin-types';
export type { StreamEvent, StreamStatus } from './event-stream';
