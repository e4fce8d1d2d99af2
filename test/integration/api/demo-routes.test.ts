// Demo mode's same-origin sign-in for the dev host: the demo people and SSO tokens for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
});
afterAll(() => stack.stop());

describe('[SHELL]: demo sign-in for the dev host', () => {
  it('lists the demo people', async () => {
    const people = (await (await callApi(stack.appUrl, '/dev/api/people')).json()) as { upn: string }[];
    expect(people.map((p) => p.upn)).toEqual(stack.people.map((p) => p.upn));
  });

  it('hands out an SSO token the API accepts for that person', async () => {
    const person = stack.people[1]!;
    const { access_token } = (await (await callApi(stack.appUrl, `/dev/api/token?upn=${encodeURIComponent(person.upn.toUpperCase())}`)).json()) as { access_token: string };
    const me = (await (await callApi(stack.appUrl, '/api/me', access_token)).json()) as { id: string };
    expect(me.id).toBe(person.id);
  });

  it('answers an unknown person with a JSON 404, and a missing one with 400', async () => {
    const unknown = await callApi(stack.appUrl, '/dev/api/token?upn=nobody%40example.com');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ApiError).error.message).toMatch(/no demo person/);
    expect((await callApi(stack.appUrl, '/dev/api/token')).status).toBe(400);
  });
});
