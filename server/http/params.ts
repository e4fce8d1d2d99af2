// Path parameters shared by several routers.
import { z } from 'zod';

/** A calendar event id as Graph issues them (URL-safe base64-like: letters, digits, -, _, =, +, /). */
export const eventParam = z.object({ eventId: z.string().min(1).max(512).regex(/^[A-Za-z0-9\-_=+/]+$/, 'is not a calendar event id') });
