import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../server/errors';
import { splitGraphBaseUrl, toRelativeGraphPath } from '../../../server/graph/client';
import { toAppError } from '../../../server/graph/errors';
import { mapEvent } from '../../../server/graph/map-event';

describe('Graph base URL and links', () => {
  it('splits the Graph root into host and version', () => {
    expect(splitGraphBaseUrl('https://graph.microsoft.com/v1.0')).toEqual({ origin: 'https://graph.microsoft.com/', version: 'v1.0' });
    expect(splitGraphBaseUrl('http://localhost:3979/v1.0/')).toEqual({ origin: 'http://localhost:3979/', version: 'v1.0' });
  });

  it('makes a nextLink relative to the configured root', () => {
    expect(toRelativeGraphPath('http://localhost:3979/v1.0/me/calendarView?$skiptoken=abc', 'http://localhost:3979/v1.0')).toBe(
      '/me/calendarView?$skiptoken=abc',
    );
  });

  it('refuses a link to another host, so a token is never sent elsewhere', () => {
    expect(() => toRelativeGraphPath('https://evil.example/v1.0/me', 'https://graph.microsoft.com/v1.0')).toThrow(/outside/);
    expect(() => toRelativeGraphPath('https://graph.microsoft.com/v1.0evil/me', 'https://graph.microsoft.com/v1.0')).toThrow(/outside/);
  });
});

describe('Graph errors', () => {
  const graphError = (status: number, code: string) => {
    const error = new GraphError(status, 'message from Graph');
    error.code = code;
    error.requestId = 'req-1';
    return error;
  };

  it.each([
    [404, 'ErrorItemNotFound', 'not_found', 404],
    [403, 'ErrorAccessDenied', 'forbidden', 403],
    [412, 'ErrorIrresolvableConflict', 'precondition_failed', 412],
    [429, 'TooManyRequests', 'graph_unavailable', 502],
    [503, 'serviceNotAvailable', 'graph_unavailable', 502],
    [500, 'generalException', 'graph_error', 502],
  ])('maps Graph %i %s to %s (%i)', (status, code, ours, http) => {
    const error = toAppError(graphError(status, code), 'read your calendar');
    expect(error.code).toBe(ours);
    expect(error.status).toBe(http);
    expect(error.details).toEqual({ graph: { status, code, requestId: 'req-1' } });
  });

  it('treats a network failure as Microsoft 365 being unreachable', () => {
    const error = toAppError(new TypeError('fetch failed'), 'read your calendar');
    expect(error.code).toBe('graph_unavailable');
    expect(error.message).toBe('Microsoft Graph could not be reached to read your calendar.');
  });

  it('passes our own errors through unchanged', () => {
    const ours = new AppError('not_found', 'x');
    expect(toAppError(ours, 'y')).toBe(ours);
  });
});

describe('mapEvent', () => {
  it('maps a Graph event in UTC to the product’s calendar event', () => {
    const event = mapEvent({
      id: 'AAMkAD1',
      type: 'occurrence',
      seriesMasterId: 'AAMkAD0',
      subject: 'Weekly team meeting',
      start: { dateTime: '2026-11-21T09:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-11-21T10:00:00.0000000', timeZone: 'UTC' },
      isOnlineMeeting: true,
      onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
      organizer: { emailAddress: { name: 'Amara Okafor', address: 'amara@example.com' } },
      attendees: [
        { type: 'required', status: { response: 'accepted' }, emailAddress: { name: 'Jonas Weber', address: 'jonas@example.com' } },
        { type: 'optional', status: { response: 'none' }, emailAddress: { name: 'Aroha Ngata', address: 'aroha@example.com' } },
      ],
    });
    expect(event).toMatchObject({
      eventId: 'AAMkAD1',
      type: 'occurrence',
      start: '2026-11-21T09:00:00.000Z',
      end: '2026-11-21T10:00:00.000Z',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      organizer: { name: 'Amara Okafor', email: 'amara@example.com' },
      attendees: [
        { name: 'Jonas Weber', type: 'required', response: 'accepted' },
        { name: 'Aroha Ngata', type: 'optional', response: 'none' },
      ],
    });
  });

  it('refuses times in another zone rather than misreading them', () => {
    expect(() =>
      mapEvent({ id: 'x', start: { dateTime: '2026-11-21T09:00:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-21T10:00:00', timeZone: 'UTC' } }),
    ).toThrow(/time zone/);
  });
});
