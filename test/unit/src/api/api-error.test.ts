import { describe, expect, it } from 'vitest';
import { readApiError } from '../../../../src/api/api-error';

const response = (status: number, body: string, contentType = 'application/json') => {
  const answer = new Response(body, { status, headers: { 'content-type': contentType } });
  Object.defineProperty(answer, 'url', { value: 'https://roundtable.test/api/meetings/next' });
  return answer;
};

describe('API errors', () => {
  it("reads the server's error body into a typed error naming the request", async () => {
    const error = await readApiError(response(404, JSON.stringify({ error: { code: 'not_found', message: 'No meeting.', requestId: 'req-1' } })), 'GET');
    expect(error).toMatchObject({ status: 404, code: 'not_found', serverMessage: 'No meeting.', requestId: 'req-1' });
    expect(error.message).toBe('GET /api/meetings/next failed with 404 not_found: No meeting.');
  });

  it('still gives a typed error when the body is not the API shape', async () => {
    const error = await readApiError(response(502, '<html>Bad gateway</html>', 'text/html'), 'GET');
    expect(error).toMatchObject({ status: 502, code: 'internal', requestId: null });
  });
});
