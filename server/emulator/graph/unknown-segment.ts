// Graph's answer for a path it does not know: 400 "Resource not found for the segment '…'." naming the first
// unknown segment; 405 for a known path with the wrong method.
import type { EmulatorContext } from '../context';
import type { GraphRouter } from './env';
import { GraphError } from './graph-error';

type Node = { children: Map<string, Node>; any: Node | null; isEnd: boolean };
const node = (): Node => ({ children: new Map(), any: null, isEnd: false });

const USER_SUFFIXES = [
  '', 'manager', 'directReports', 'calendarView', 'calendar/calendarView', 'events', 'calendar/events', 'events/{}', 'events/{}/instances',
  'onlineMeetings', 'onlineMeetings/{}', 'onlineMeetings/{}/transcripts', 'onlineMeetings/{}/transcripts/{}', 'onlineMeetings/{}/transcripts/{}/content',
  'onlineMeetings/{}/transcripts/{}/metadataContent', 'onlineMeetings/{}/attendanceReports', 'onlineMeetings/{}/attendanceReports/{}',
  'onlineMeetings/{}/attendanceReports/{}/attendanceRecords', 'teamwork/sendActivityNotification', 'teamwork/installedApps',
];

const TEMPLATES = [
  ...USER_SUFFIXES.flatMap((suffix) => ['me', 'users/{}'].map((base) => (suffix ? `${base}/${suffix}` : base))),
  'users', 'chats/{}', 'chats/{}/messages', 'chats/{}/messages/{}', 'chats/{}/members', 'subscriptions', 'subscriptions/{}', '$batch',
];

const buildTree = (): Node => {
  const root = node();
  for (const template of TEMPLATES) {
    let current = root;
    for (const segment of template.split('/')) {
      if (segment === '{}') current = current.any ??= node();
      else {
        const next = current.children.get(segment) ?? node();
        current.children.set(segment, next);
        current = next;
      }
    }
    current.isEnd = true;
  }
  return root;
};

const tree = buildTree();

export const registerUnknownSegments = (router: GraphRouter, _ctx: EmulatorContext): void => {
  router.all('*', (c) => {
    const segments = c.req.path.replace(/^\/v1\.0\/?/, '').split('/').filter(Boolean);
    let current: Node = tree;
    for (const segment of segments) {
      const next = current.children.get(segment) ?? current.any;
      if (!next) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${decodeURIComponent(segment)}'.`);
      current = next;
    }
    if (current.isEnd) throw new GraphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
    throw new GraphError(501, 'NotImplemented', `The Graph emulator does not implement ${c.req.method} ${c.req.path}.`);
  });
};
