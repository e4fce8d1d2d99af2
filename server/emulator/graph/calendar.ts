// Outlook calendar reads: calendarView (occurrences expanded), events (single instances and series masters),
// one event by id (any type), and a series' instances.
import type { EmulatorContext } from '../context';
import { calendarView, findEvent, listEvents, seriesInstances, type EventInstance } from '../store/calendar';
import type { GraphContext, GraphRouter } from './env';
import { EVENT_PROPERTIES, renderEvent } from './event-render';
import { GraphError, notFoundInStore } from './graph-error';
import { applySelect, checkSelect, collection, contextUrl, paginate, selectedProperties, withSelectContext, type SelectRule } from './odata';
import { preferredZone, prefersTextBody } from './prefer';
import { sendJson } from './respond';
import { onUserPaths, resolveOwnTarget } from './target';

export const EVENT_SELECT: SelectRule = {
  known: EVENT_PROPERTIES,
  always: ['id'],
  unknown: (name) => new GraphError(400, 'RequestBroker--ParseUri', `Could not find a property named '${name}' on type 'Microsoft.OutlookServices.Event'.`),
};

const WINDOW_REQUIRED = 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.';

const queryIgnoringCase = (c: GraphContext, name: string): string | undefined => {
  for (const [key, value] of new URL(c.req.url).searchParams) if (key.toLowerCase() === name.toLowerCase()) return value;
  return undefined;
};

const parseWindowBound = (value: string, name: string): Date => {
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(value);
  const date = new Date(hasZone ? value : `${value}Z`);
  if (Number.isNaN(date.getTime())) throw new GraphError(400, 'ErrorInvalidParameter', `The value of parameter '${name}' is invalid.`);
  return date;
};

export const timeWindow = (c: GraphContext): { from: Date; to: Date } => {
  const start = queryIgnoringCase(c, 'startDateTime');
  const end = queryIgnoringCase(c, 'endDateTime');
  if (!start || !end) throw new GraphError(400, 'ErrorInvalidParameter', WINDOW_REQUIRED);
  return { from: parseWindowBound(start, 'StartDateTime'), to: parseWindowBound(end, 'EndDateTime') };
};

/** Renders events with the request's $select and Prefer headers; returns the headers to answer with. */
export const renderEvents = (ctx: EmulatorContext, c: GraphContext, instances: EventInstance[]): { events: Record<string, unknown>[]; headers: Record<string, string> } => {
  const prefer = c.req.header('Prefer');
  const { zone, applied } = preferredZone(prefer);
  const textBody = prefersTextBody(prefer);
  const select = selectedProperties(c);
  const applies = [applied, textBody ? 'outlook.body-content-type="text"' : null].filter((value): value is string => value !== null);
  return {
    events: instances.map((instance) => applySelect(renderEvent(ctx, instance, { zone, textBody }), select, EVENT_SELECT)),
    headers: applies.length > 0 ? { 'Preference-Applied': applies.join(', ') } : {},
  };
};

const sendEventCollection = (ctx: EmulatorContext, c: GraphContext, instances: EventInstance[], fragment: string): Response => {
  const select = selectedProperties(c);
  checkSelect(select, EVENT_SELECT);
  const page = paginate(ctx, c, instances);
  const { events, headers } = renderEvents(ctx, c, page.items);
  return sendJson(c, collection(contextUrl(ctx, withSelectContext(fragment, select)), { items: events, nextLink: page.nextLink }), 200, headers);
};

export const registerCalendar = (router: GraphRouter, ctx: EmulatorContext): void => {
  const viewHandler = (c: GraphContext): Response => {
    const target = resolveOwnTarget(ctx, c, 'mailbox');
    const { from, to } = timeWindow(c);
    return sendEventCollection(ctx, c, calendarView(ctx.store, target.person.id, from, to), `users(${target.contextKey})/calendarView`);
  };
  onUserPaths(router, 'get', '/calendarView', viewHandler);
  onUserPaths(router, 'get', '/calendar/calendarView', viewHandler);

  const eventsHandler = (c: GraphContext): Response => {
    const target = resolveOwnTarget(ctx, c, 'mailbox');
    return sendEventCollection(ctx, c, listEvents(ctx.store, target.person.id), `users(${target.contextKey})/events`);
  };
  onUserPaths(router, 'get', '/events', eventsHandler);
  onUserPaths(router, 'get', '/calendar/events', eventsHandler);

  onUserPaths(router, 'get', '/events/:id', (c) => {
    const target = resolveOwnTarget(ctx, c, 'mailbox');
    const instance = findEvent(ctx.store, target.person.id, c.req.param('id') ?? '');
    if (!instance) throw notFoundInStore();
    const { events, headers } = renderEvents(ctx, c, [instance]);
    const select = selectedProperties(c);
    return sendJson(c, { '@odata.context': contextUrl(ctx, `${withSelectContext(`users(${target.contextKey})/events`, select)}/$entity`), ...events[0] }, 200, headers);
  });

  onUserPaths(router, 'get', '/events/:id/instances', (c) => {
    const target = resolveOwnTarget(ctx, c, 'mailbox');
    const master = findEvent(ctx.store, target.person.id, c.req.param('id') ?? '');
    if (!master) throw notFoundInStore();
    const { from, to } = timeWindow(c);
    const instances = master.type === 'seriesMaster' ? seriesInstances(master, from, to) : [];
    return sendEventCollection(ctx, c, instances, `users(${target.contextKey})/events('${encodeURIComponent(master.id)}')/instances`);
  });
};
