// Small helpers for API tests: sign in as a demo person through the emulator, call the API, read JSON errors.
import type { DemoStack } from './demo-stack';

export const tokenFor = async (stack: DemoStack, upn: string, aud?: 'graph'): Promise<string> => {
  const response = await fetch(`${stack.emulatorUrl}/demo/token?upn=${encodeURIComponent(upn)}${aud ? `&aud=${aud}` : ''}`);
  if (!response.ok) throw new Error(`demo token for ${upn}: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
};

export const callApi = (appUrl: string, path: string, token?: string, init: RequestInit = {}) =>
  fetch(`${appUrl}${path}`, {
    ...init,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string> | undefined) },
  });

export type ApiError = { error: { code: string; message: string; requestId: string } };

export const personNamed = (stack: DemoStack, displayName: string) => {
  const person = stack.people.find((p) => p.displayName === displayName);
  if (!person) throw new Error(`no demo person ${displayName}: ${stack.people.map((p) => p.displayName).join(', ')}`);
  return person;
};
