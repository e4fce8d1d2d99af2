// Runs the Graph + Entra ID emulator on its own: `node --import tsx server/emulator/main.ts` (EMULATOR_PORT, default 3979).
import { serve } from '@hono/node-server';
import { createEmulator, DEMO_APP } from './index';

const port = Number(process.env.EMULATOR_PORT ?? 3979);
const origin = `http://localhost:${port}`;
const emulator = await createEmulator({ origin, app: { ...DEMO_APP, appIdUri: `api://localhost:3978/${DEMO_APP.clientId}` } });
// Ended meetings publish their transcripts and subscribers get change notifications, as in Microsoft 365.
emulator.startNotificationDelivery(15_000);
serve({ fetch: emulator.app.fetch, port }, () => {
  console.log(`Graph + Entra ID emulator on ${origin} (tenant ${emulator.tenantId})`);
  console.log(`  ${origin}/v1.0  ${origin}/demo/people  ${origin}/${emulator.tenantId}/v2.0/.well-known/openid-configuration`);
});
