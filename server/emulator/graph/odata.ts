// OData query options as Graph applies them: $select, $top, server-driven paging with an opaque $skiptoken in an
// absolute @odata.nextLink, and @odata.context URLs.
import type { EmulatorContext } from '../context';
import { badRequest } from './graph-error';
import type { GraphContext } from './env';

export const contextUrl = (ctx: EmulatorContext, fragment: string): string => `${ctx.origin}/v1.0/$metadata#${fragment}`;

/** users('…') as Graph writes it in @odata.context: the id for /me, the segment as given for /users/{id | upn}. */
export const odataKey = (value: string): string => `'${encodeURIComponent(value).replaceAll("'", "''")}'`;

export const selectedProperties = (c: GraphContext): string[] | null => {
  const raw = c.req.query('$select');
  if (raw === undefined || raw.trim() === '') return null;
  return raw.split(',').map((name) => name.trim()).filter(Boolean);
};

/** Keeps the selected properties (and those Graph always returns, e.g. an event's id and @odata.etag). */
export type SelectRule = { known: ReadonlySet<string>; always: string[]; unknown: (name: string) => Error };

/** Throws the service's error for a $select naming a property the type does not have. */
export const checkSelect = (select: string[] | null, rule: SelectRule): void => {
  for (const name of select ?? []) if (!rule.known.has(name)) throw rule.unknown(name);
};

export const applySelect = (entity: Record<string, unknown>, select: string[] | null, rule: SelectRule): Record<string, unknown> => {
  if (!select) return entity;
  checkSelect(select, rule);
  const kept = new Set([...rule.always, ...select]);
  return Object.fromEntries(Object.entries(entity).filter(([name]) => name.startsWith('@odata.') || kept.has(name)));
};

export const withSelectContext = (fragment: string, select: string[] | null): string => (select ? `${fragment}(${select.join(',')})` : fragment);

export type TopRule = { max?: number };

export const readTop = (c: GraphContext, rule: TopRule = {}): number | null => {
  const raw = c.req.query('$top');
  if (raw === undefined) return null;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 0) throw badRequest(`Invalid value '${raw}' for $top query option found. The $top query option requires a non-negative integer value.`);
  if (rule.max !== undefined && top > rule.max) {
    throw badRequest(`The limit of '${rule.max}' for Top query has been exceeded. The value from the incoming request is '${top}'.`);
  }
  return top;
};

const encodeSkipToken = (offset: number): string => Buffer.from(JSON.stringify({ v: 1, o: offset, k: 'rt' })).toString('base64url');

const decodeSkipToken = (token: string): number => {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) return parsed.o;
  } catch {
    // fall through
  }
  throw badRequest(`The value '${token}' of the $skiptoken query option is not valid.`);
};

/** The next link keeps every query option of the request and carries the position in $skiptoken. */
const nextLinkFor = (ctx: EmulatorContext, c: GraphContext, offset: number): string => {
  const url = new URL(c.req.url);
  const parts = [...url.searchParams.entries()]
    .filter(([name]) => name !== '$skiptoken')
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  parts.push(`$skiptoken=${encodeSkipToken(offset)}`);
  return `${ctx.origin}${url.pathname}?${parts.join('&')}`;
};

export type Page<T> = { items: T[]; nextLink: string | undefined };

/** One page of a collection; $top (or the emulator's page size) sets how many items a page holds. */
export const paginate = <T>(ctx: EmulatorContext, c: GraphContext, items: T[], rule: TopRule = {}): Page<T> => {
  const size = readTop(c, rule) ?? ctx.pageSize;
  const token = c.req.query('$skiptoken');
  const offset = token === undefined ? 0 : decodeSkipToken(token);
  const pageItems = items.slice(offset, offset + size);
  const hasMore = size > 0 && offset + size < items.length;
  return { items: pageItems, nextLink: hasMore ? nextLinkFor(ctx, c, offset + size) : undefined };
};

/** A collection body in Graph's member order. */
export const collection = (context: string, page: Page<unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  '@odata.context': context,
  ...extra,
  ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
  value: page.items,
});
