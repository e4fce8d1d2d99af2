// Demo mode's stand-in for Office.js, served at /dev/office.js to the Outlook command page when it runs in the dev
// host: defines the `Office` global and answers through the dev host's Outlook appointment form (the parent frame).
// Built as a module of its own (vite.config.ts), which the page runs before its own module; never part of
// production, which loads Office.js from Microsoft.
import { createOfficeShim } from './office-shim';
import { createShimChannel } from './shim-channel';
import type { ShimStart } from './wire';

/** How long the page waits for the dev host before it concludes it runs elsewhere (Office.js does the same). */
const START_TIMEOUT_MS = 10_000;

const isFramed = window.parent !== window;
const channel = isFramed ? createShimChannel(window.parent, window.location.origin) : null;
const start: Promise<ShimStart | null> = channel
  ? Promise.race([channel.call('initialize'), new Promise<null>((resolve) => setTimeout(() => resolve(null), START_TIMEOUT_MS))])
  : Promise.resolve(null);

(window as unknown as { Office: unknown }).Office = createOfficeShim(channel, start);
