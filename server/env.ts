// Configuration, read once from the environment and validated. A wrong value stops start-up with a message naming it.
// Production mode is chosen by the Entra settings (Teams toolkit names); without them the server runs demo mode.
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const rate = z.coerce.number().min(0).max(1).default(0);
const guid = z.string().trim().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

const schema = z.object({
  PORT: port(3978),
  EMULATOR_PORT: port(3979),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: z.string().trim().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(100 * 1024),
  GRAPH_BASE_URL: z.url({ protocol: /^https$/ }).default('https://graph.microsoft.com/v1.0'),
  AAD_APP_CLIENT_ID: guid.optional(),
  AAD_APP_CLIENT_SECRET: z.string().min(1).optional(),
  AAD_APP_TENANT_ID: guid.optional(),
  APP_DOMAIN: z.string().trim().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'must be a host name such as roundtable.contoso.com').optional(),
  ALLOWED_TENANT_IDS: z.string().trim().optional(),
  EMULATOR_FAULT_429_RATE: rate,
  EMULATOR_FAULT_503_RATE: rate,
  EMULATOR_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  DEMO_TRANSCRIPTS_DIR: z.string().trim().min(1).optional(),
  ANONYMOUS_ANSWER_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  TRANSCRIPT_POLL_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  TEAMS_APP_ID: guid.optional(),
});

export type EntraConfig = {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  appDomain: string;
  appIdUri: string;
  allowedTenants: string[];
};

export type Config = {
  mode: 'demo' | 'production';
  port: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  dataDir: string;
  databaseUrl: string | null;
  bodyLimitBytes: number;
  graphBaseUrl: string;
  /** Secret for anonymous answers' keyed hashes; null: derived from the app's client secret. */
  anonymousAnswerKey: string | null;
  /**
   * Where Microsoft Graph reaches the app (its change-notification webhooks): PUBLIC_URL, else https://APP_DOMAIN in
   * production; null in demo mode, which uses the address the app listens on.
   */
  publicUrl: string | null;
  /** How often every organizer's new transcripts are polled (Graph's delta), behind the change notifications. */
  transcriptPollMinutes: number;
  /** The Teams app's id (manifest `id`): private praise notifications deep-link into its personal tab. */
  teamsAppId: string | null;
  /** Production only; demo mode takes the emulator's app registration. */
  entra: EntraConfig | null;
  emulator: { port: number; faults: { rate429: number; rate503: number; latencyMs: number }; transcriptsDir: string | null };
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const ENTRA_KEYS = ['AAD_APP_CLIENT_ID', 'AAD_APP_CLIENT_SECRET', 'AAD_APP_TENANT_ID', 'APP_DOMAIN'] as const;

export const loadConfig = (env: Record<string, string | undefined>): Config => {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(blankless);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const given = ENTRA_KEYS.filter((k) => e[k] !== undefined);
  if (given.length > 0 && given.length < ENTRA_KEYS.length) {
    const missing = ENTRA_KEYS.filter((k) => e[k] === undefined);
    throw new ConfigError(`Invalid configuration: ${missing.join(', ')} must be set too for production mode (${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set).`);
  }
  const entra: EntraConfig | null =
    e.AAD_APP_CLIENT_ID && e.AAD_APP_CLIENT_SECRET && e.AAD_APP_TENANT_ID && e.APP_DOMAIN
      ? {
          clientId: e.AAD_APP_CLIENT_ID,
          clientSecret: e.AAD_APP_CLIENT_SECRET,
          tenantId: e.AAD_APP_TENANT_ID,
          appDomain: e.APP_DOMAIN,
          appIdUri: `api://${e.APP_DOMAIN}/${e.AAD_APP_CLIENT_ID}`,
          allowedTenants: parseTenantList(e.ALLOWED_TENANT_IDS) ?? [e.AAD_APP_TENANT_ID],
        }
      : null;
  return {
    mode: entra ? 'production' : 'demo',
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    graphBaseUrl: e.GRAPH_BASE_URL,
    anonymousAnswerKey: e.ANONYMOUS_ANSWER_KEY ?? null,
    publicUrl: (e.PUBLIC_URL ?? (entra ? `https://${entra.appDomain}` : null))?.replace(/\/+$/, '') ?? null,
    transcriptPollMinutes: e.TRANSCRIPT_POLL_MINUTES,
    teamsAppId: e.TEAMS_APP_ID ?? null,
    entra,
    emulator: {
      port: e.EMULATOR_PORT,
      faults: { rate429: e.EMULATOR_FAULT_429_RATE, rate503: e.EMULATOR_FAULT_503_RATE, latencyMs: e.EMULATOR_LATENCY_MS },
      transcriptsDir: e.DEMO_TRANSCRIPTS_DIR ?? null,
    },
  };
};

const parseTenantList = (value: string | undefined): string[] | null => {
  if (!value) return null;
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = ids.filter((id) => !guid.safeParse(id).success);
  if (bad.length) throw new ConfigError(`Invalid configuration: ALLOWED_TENANT_IDS: ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'are'} not a tenant GUID.`);
  return ids;
};
