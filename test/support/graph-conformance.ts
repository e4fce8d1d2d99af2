// Checks JSON bodies against Microsoft Graph's own schema (../shared/fixtures/graph/schemas.json, generated from
// Graph's CSDL): JSON Schema validation with Ajv, plus a walk that reports every property name the schema does not
// declare — the schema allows additional properties (as Microsoft's OpenAPI does), so a misspelt name would
// otherwise pass. @odata.* annotations are exempt; an @odata.type naming a derived type switches to that type.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
  type?: string | string[];
};

const SCHEMA_FILE = fileURLToPath(new URL('../../../shared/fixtures/graph/schemas.json', import.meta.url));
const document = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { $id: string; $defs: Record<string, Schema> };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document);

const DEF_PREFIX = '#/$defs/';
const defNameOf = (ref: string): string => ref.slice(ref.indexOf(DEF_PREFIX) + DEF_PREFIX.length);

/** A schema together with the Graph type it defines, when it came from a $ref. */
type Located = { schema: Schema; name: string | null };

const deref = (located: Located): Located => {
  let current = located;
  for (let depth = 0; current.schema.$ref && depth < 50; depth += 1) {
    const name = defNameOf(current.schema.$ref);
    const schema = document.$defs[name];
    if (!schema) throw new Error(`schemas.json has no ${name}`);
    current = { schema, name };
  }
  return current;
};

/** The schema branches that can describe an object (anyOf/oneOf minus null and primitives). */
const objectBranches = (located: Located): Located[] => {
  const resolved = deref(located);
  const branches = resolved.schema.anyOf ?? resolved.schema.oneOf;
  if (!branches) return [resolved];
  return branches.flatMap((branch) => objectBranches({ schema: branch, name: null })).filter((b) => b.schema.type !== 'null');
};

/** Declared properties of a type, through its allOf base types. */
const declaredProperties = (located: Located, into = new Map<string, Schema>()): Map<string, Schema> => {
  const resolved = deref(located);
  for (const [name, schema] of Object.entries(resolved.schema.properties ?? {})) into.set(name, schema);
  for (const part of resolved.schema.allOf ?? []) declaredProperties({ schema: part, name: null }, into);
  return into;
};

const ancestors = (name: string, into = new Set<string>()): Set<string> => {
  into.add(name);
  for (const part of document.$defs[name]?.allOf ?? []) if (part.$ref) ancestors(defNameOf(part.$ref), into);
  return into;
};

const derivedType = (odataType: string): string => `microsoft.graph.${odataType.replace(/^#/, '').split('.').pop() ?? ''}`;

const walk = (located: Located, value: unknown, path: string, problems: string[]): void => {
  if (value === null || typeof value !== 'object') return;
  const branches = objectBranches(located);
  if (Array.isArray(value)) {
    const itemSchemas = branches.map((b) => b.schema.items).filter((items): items is Schema => items !== undefined);
    value.forEach((item, index) => itemSchemas.forEach((items) => walk({ schema: items, name: null }, item, `${path}/${index}`, problems)));
    return;
  }
  const record = value as Record<string, unknown>;
  let types = branches;
  const odataType = record['@odata.type'];
  if (typeof odataType === 'string') {
    const name = derivedType(odataType);
    if (!document.$defs[name]) {
      problems.push(`${path || '/'}: @odata.type '${odataType}' names no type in schemas.json`);
      return;
    }
    const declared = branches.map((b) => b.name).filter((n): n is string => n !== null);
    if (declared.length > 0 && !declared.some((base) => ancestors(name).has(base))) {
      problems.push(`${path || '/'}: @odata.type '${odataType}' does not derive from ${declared.join(' | ')}`);
    }
    types = [{ schema: { $ref: `${DEF_PREFIX}${name}` }, name }];
  }
  const properties = new Map<string, Schema>();
  for (const type of types) declaredProperties(type, properties);
  if (properties.size === 0) return; // a free-form object (e.g. innerError): nothing is undeclared
  const typeLabel = types.map((t) => deref(t).name ?? 'an inline type').join(' | ');
  for (const [key, child] of Object.entries(record)) {
    if (key.startsWith('@') || key.includes('@odata.')) continue;
    const schema = properties.get(key);
    if (!schema) problems.push(`${path}/${key}: '${key}' is not a declared property of ${typeLabel}`);
    else walk({ schema, name: null }, child, `${path}/${key}`, problems);
  }
};

/** Errors for `body` as a `typeName` (e.g. 'microsoft.graph.event'); an empty list means it conforms. */
export const validateGraphBody = (typeName: string, body: unknown): string[] => {
  const validate = ajv.getSchema(`${document.$id}${DEF_PREFIX}${typeName}`);
  if (!validate) return [`schemas.json has no type ${typeName}`];
  const problems = validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  walk({ schema: { $ref: `${DEF_PREFIX}${typeName}` }, name: typeName }, body, '', problems);
  return problems;
};

const G = 'microsoft.graph.';
const ROUTES: [method: RegExp, path: RegExp, type: string | null][] = [
  [/^GET$/, /^\/users$/, 'userCollectionResponse'],
  [/^GET$/, /^\/~$/, 'user'],
  [/^GET$/, /^\/~\/manager$/, 'directoryObject'],
  [/^GET$/, /^\/~\/directReports$/, 'directoryObjectCollectionResponse'],
  [/^GET$/, /^\/~\/(calendar\/)?(calendarView|events)$/, 'eventCollectionResponse'],
  [/^GET$/, /^\/~\/events\/[^/]+\/instances$/, 'eventCollectionResponse'],
  [/^(GET|PATCH)$/, /^\/~\/events\/[^/]+$/, 'event'],
  [/^GET$/, /^\/~\/onlineMeetings$/, 'onlineMeetingCollectionResponse'],
  [/^GET$/, /^\/~\/onlineMeetings\/[^/]+$/, 'onlineMeeting'],
  [/^GET$/, /^\/~\/onlineMeetings\/[^/]+\/transcripts$/, 'callTranscriptCollectionResponse'],
  [/^GET$/, /^\/~\/onlineMeetings\/getAllTranscripts\([^/]*\)\/delta$/, 'callTranscriptCollectionResponse'],
  [/^GET$/, /^\/~\/onlineMeetings\/[^/]+\/transcripts\/[^/]+$/, 'callTranscript'],
  [/^GET$/, /^\/~\/onlineMeetings\/[^/]+\/attendanceReports$/, 'meetingAttendanceReportCollectionResponse'],
  [/^GET$/, /^\/~\/onlineMeetings\/[^/]+\/attendanceReports\/[^/]+$/, 'meetingAttendanceReport'],
  [/^GET$/, /^\/~\/onlineMeetings\/[^/]+\/attendanceReports\/[^/]+\/attendanceRecords$/, 'attendanceRecordCollectionResponse'],
  [/^GET$/, /^\/~\/teamwork\/installedApps$/, 'userScopeTeamsAppInstallationCollectionResponse'],
  [/^GET$/, /^\/chats\/[^/]+$/, 'chat'],
  [/^GET$/, /^\/chats\/[^/]+\/messages$/, 'chatMessageCollectionResponse'],
  [/^(GET|POST)$/, /^\/chats\/[^/]+\/messages(\/[^/]+)?$/, 'chatMessage'],
  [/^GET$/, /^\/chats\/[^/]+\/members$/, 'conversationMemberCollectionResponse'],
  [/^GET$/, /^\/subscriptions$/, 'subscriptionCollectionResponse'],
  [/^POST$/, /^\/subscriptions$/, 'subscription'],
  [/^(GET|PATCH)$/, /^\/subscriptions\/[^/]+$/, 'subscription'],
  // The $batch envelope has no Graph type; its items are checked as the requests they are.
  [/^POST$/, /^\/\$batch$/, null],
];

/** The Graph type a response body should validate as; null when there is nothing to validate. Throws for an unknown route. */
export const graphTypeFor = (method: string, path: string, status: number): string | null => {
  if (status >= 400) return `${G}ODataError`;
  if (status === 204) return null;
  const normalized = (path.split('?')[0] ?? '').replace(/^\/v1\.0/, '').replace(/^\/(me|users\/[^/]+)(?=\/|$)/, '/~');
  const route = ROUTES.find(([m, p]) => m.test(method.toUpperCase()) && p.test(normalized));
  if (!route) throw new Error(`graphTypeFor: no Graph type known for ${method} ${path}`);
  return route[2] === null ? null : `${G}${route[2]}`;
};
