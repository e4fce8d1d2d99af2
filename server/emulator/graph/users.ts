// Directory reads: /me, /users/{id | upn}, /users (paged), manager and directReports.
import type { EmulatorContext } from '../context';
import type { Person } from '../store/types';
import type { GraphContext, GraphRouter } from './env';
import { badRequest, directoryNotFound } from './graph-error';
import { applySelect, checkSelect, collection, contextUrl, paginate, selectedProperties, withSelectContext, type SelectRule } from './odata';
import { sendJson } from './respond';
import { onUserPaths, resolveTarget } from './target';

/** The properties Graph v1.0 returns for a user by default. */
export const renderUser = (person: Person): Record<string, unknown> => ({
  businessPhones: person.businessPhones,
  displayName: person.displayName,
  givenName: person.givenName,
  jobTitle: person.jobTitle,
  mail: person.mail,
  mobilePhone: person.mobilePhone,
  officeLocation: person.officeLocation,
  preferredLanguage: person.preferredLanguage,
  surname: person.surname,
  userPrincipalName: person.upn,
  id: person.id,
});

const USER_SELECT: SelectRule = {
  known: new Set(Object.keys(renderUser({} as Person))),
  always: [],
  unknown: (name) => badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.user'.`, 'Request_BadRequest'),
};

const asDirectoryObject = (person: Person): Record<string, unknown> => ({ '@odata.type': '#microsoft.graph.user', ...renderUser(person) });

export const registerUsers = (router: GraphRouter, ctx: EmulatorContext): void => {
  const one = (c: GraphContext): Response => {
    const target = resolveTarget(ctx, c);
    const select = selectedProperties(c);
    return sendJson(c, { '@odata.context': contextUrl(ctx, `${withSelectContext('users', select)}/$entity`), ...applySelect(renderUser(target.person), select, USER_SELECT) });
  };
  router.get('/me', one);
  router.get('/users/:user', one);

  router.get('/users', (c) => {
    const select = selectedProperties(c);
    checkSelect(select, USER_SELECT);
    const page = paginate(ctx, c, ctx.store.people, { max: 999 });
    const items = page.items.map((person) => applySelect(renderUser(person), select, USER_SELECT));
    return sendJson(c, collection(contextUrl(ctx, withSelectContext('users', select)), { items, nextLink: page.nextLink }));
  });

  onUserPaths(router, 'get', '/manager', (c) => {
    const target = resolveTarget(ctx, c);
    const manager = ctx.store.people.find((p) => p.id === target.person.managerId);
    if (!manager) throw directoryNotFound('manager');
    return sendJson(c, { '@odata.context': contextUrl(ctx, 'directoryObjects/$entity'), ...asDirectoryObject(manager) });
  });

  onUserPaths(router, 'get', '/directReports', (c) => {
    const target = resolveTarget(ctx, c);
    const select = selectedProperties(c);
    checkSelect(select, USER_SELECT);
    const reports = ctx.store.people.filter((p) => p.managerId === target.person.id);
    const page = paginate(ctx, c, reports, { max: 999 });
    const items = page.items.map((person) => ({ '@odata.type': '#microsoft.graph.user', ...applySelect(renderUser(person), select, USER_SELECT) }));
    return sendJson(c, collection(contextUrl(ctx, withSelectContext('directoryObjects', select)), { items, nextLink: page.nextLink }));
  });
};
