// PATCH /me/events/{id}: Outlook's update with optimistic concurrency (If-Match against the change key), per-mailbox
// copies, series-versus-occurrence semantics, and Graph's strictness about property names.
import type { EmulatorContext } from '../context';
import { findEvent, patchEvent } from '../store/calendar';
import type { EventFields } from '../store/types';
import { textToHtml } from './body-text';
import { renderEvents } from './calendar';
import type { GraphContext, GraphRouter } from './env';
import { EVENT_PROPERTIES } from './event-render';
import { accessDenied, GraphError, notFoundInStore } from './graph-error';
import { contextUrl } from './odata';
import { sendJson } from './respond';
import { onUserPaths, resolveOwnTarget } from './target';

const READ_ONLY = new Set(['id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'iCalUId', 'bodyPreview', 'hasAttachments', 'isOrganizer', 'seriesMasterId', 'type', 'webLink', 'originalStart', 'organizer', 'responseStatus', 'onlineMeeting', 'onlineMeetingUrl', 'isDraft']);
const NOT_EMULATED = new Set([...EVENT_PROPERTIES, 'attachments', 'calendar', 'exceptionOccurrences', 'extensions', 'instances', 'multiValueExtendedProperties', 'singleValueExtendedProperties', 'cancelledOccurrences']);

const ENUMS: Record<string, readonly string[]> = {
  importance: ['low', 'normal', 'high'],
  sensitivity: ['normal', 'personal', 'private', 'confidential'],
  showAs: ['unknown', 'free', 'tentative', 'busy', 'oof', 'workingElsewhere'],
};

const invalid = (name: string): GraphError => new GraphError(400, 'RequestBodyRead', `Cannot read the value of property '${name}' of type 'Microsoft.OutlookServices.Event'.`);

const readPatch = (body: unknown): Partial<EventFields> => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new GraphError(400, 'RequestBodyRead', 'Empty Payload. JSON content expected.');
  const patch: Partial<EventFields> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('@odata.') || READ_ONLY.has(name)) continue;
    if (name === 'subject') {
      if (typeof value !== 'string') throw invalid(name);
      patch.subject = value;
    } else if (name === 'body') {
      const { content, contentType = 'html' } = (value ?? {}) as { content?: unknown; contentType?: unknown };
      if (typeof content !== 'string' || (contentType !== 'html' && contentType !== 'text')) throw invalid(name);
      patch.body = { contentType: 'html', content: contentType === 'text' ? textToHtml(content) : content };
    } else if (name === 'categories') {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw invalid(name);
      patch.categories = value;
    } else if (name === 'importance' || name === 'sensitivity' || name === 'showAs') {
      if (typeof value !== 'string' || !ENUMS[name]?.includes(value)) throw invalid(name);
      Object.assign(patch, { [name]: value });
    } else if (name === 'isReminderOn') {
      if (typeof value !== 'boolean') throw invalid(name);
      patch.isReminderOn = value;
    } else if (name === 'reminderMinutesBeforeStart') {
      if (!Number.isInteger(value)) throw invalid(name);
      patch.reminderMinutesBeforeStart = value as number;
    } else if (name === 'location') {
      const displayName = (value as { displayName?: unknown } | null)?.displayName;
      if (typeof displayName !== 'string') throw invalid(name);
      patch.location = { displayName, locationType: 'default', uniqueId: displayName || null, uniqueIdType: displayName ? 'private' : 'unknown' };
    } else if (NOT_EMULATED.has(name)) {
      throw new GraphError(501, 'NotImplemented', `The Graph emulator does not support changing '${name}' on an event.`);
    } else {
      throw new GraphError(400, 'RequestBodyRead', `The property '${name}' does not exist on type 'Microsoft.OutlookServices.Event'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
  }
  return patch;
};

const matches = (ifMatch: string, changeKey: string): boolean =>
  ifMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, ''))
    .some((tag) => tag === '*' || tag === changeKey);

export const registerEventPatch = (router: GraphRouter, ctx: EmulatorContext): void => {
  onUserPaths(router, 'patch', '/events/:id', async (c: GraphContext) => {
    const target = resolveOwnTarget(ctx, c, 'mailbox');
    const principal = c.get('principal');
    if (principal.kind === 'app' && !principal.roles.includes('Calendars.ReadWrite')) throw accessDenied();
    const id = c.req.param('id') ?? '';
    const instance = findEvent(ctx.store, target.person.id, id);
    if (!instance) throw notFoundInStore();
    const patch = readPatch(await c.req.json().catch(() => null));
    const ifMatch = c.req.header('If-Match');
    if (ifMatch !== undefined && !matches(ifMatch, instance.revision.changeKey)) {
      throw new GraphError(412, 'ErrorIrresolvableConflict', 'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.');
    }
    patchEvent(ctx.store, instance, patch, ctx.now());
    const updated = findEvent(ctx.store, target.person.id, id);
    if (!updated) throw notFoundInStore();
    const { events, headers } = renderEvents(ctx, c, [updated]);
    return sendJson(c, { '@odata.context': contextUrl(ctx, `users(${target.contextKey})/events/$entity`), ...events[0] }, 200, headers);
  });
};
