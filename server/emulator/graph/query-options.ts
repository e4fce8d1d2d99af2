// OData system query options the emulator implements, per route. Anything else is refused with 501 rather than
// silently ignored: an ignored $filter or $orderby would hand the caller data real Graph would not.
import type { MiddlewareHandler } from 'hono';
import type { GraphEnv } from './env';
import { GraphError } from './graph-error';

const EVERYWHERE = new Set(['$top', '$skiptoken']);

const BY_ROUTE: [path: RegExp, options: string[]][] = [
  [/^\/v1\.0\/(me|users)(\/[^/]+)?$/, ['$select']],
  [/^\/v1\.0\/(me|users\/[^/]+)\/directReports$/, ['$select']],
  [/\/(calendar\/)?(calendarView|events)(\/[^/]+(\/instances)?)?$/, ['$select']],
  [/\/onlineMeetings$/, ['$filter']],
  [/\/attendanceReports\/[^/]+$/, ['$expand']],
  [/\/teamwork\/installedApps$/, ['$expand']],
  [/\/transcripts\/[^/]+\/content$/, ['$format']],
];

export const queryOptionGuard: MiddlewareHandler<GraphEnv> = async (c, next) => {
  for (const name of new URL(c.req.url).searchParams.keys()) {
    if (!name.startsWith('$') || EVERYWHERE.has(name)) continue;
    const allowed = BY_ROUTE.some(([path, options]) => path.test(c.req.path) && options.includes(name));
    if (!allowed) throw new GraphError(501, 'NotImplemented', `The Graph emulator does not implement the query option '${name}' on ${c.req.method} ${c.req.path}.`);
  }
  await next();
};
