// Teams activity feed: sendActivityNotification (the recipient must have Roundtable installed, else Graph's 403;
// preview ≤ 150 characters; a notification with the chainId of an earlier one replaces it) and a thin list of a
// user's installed apps. A send's answer can be lost on purpose after it was carried out (lost-responses.ts).
import type { EmulatorContext } from '../context';
import { guidFrom } from '../ids';
import type { GraphContext, GraphRouter } from './env';
import { badRequest, GraphError } from './graph-error';
import { loseResponseIfAsked } from './lost-responses';
import { contextUrl } from './odata';
import { sendJson, sendNoContent } from './respond';
import { onUserPaths, resolveTarget } from './target';

const PARAMETERS = new Set(['topic', 'activityType', 'chainId', 'previewText', 'templateParameters', 'teamsAppId', 'iconId']);
const MAX_PREVIEW = 150;

export const ROUNDTABLE_TEAMS_APP = { id: guidFrom('teams-app', 'roundtable'), displayName: 'Roundtable', externalId: guidFrom('manifest', 'roundtable') };

const invalidParameter = (name: string): GraphError =>
  badRequest(`The parameter '${name}' in the request payload is not a valid parameter for the operation 'sendActivityNotification'.`);

const validateNotification = (input: unknown): void => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('Empty Payload. JSON content expected.');
  const body = input as Record<string, unknown>;
  for (const name of Object.keys(body)) if (!PARAMETERS.has(name) && !name.startsWith('@')) throw invalidParameter(name);
  const topic = body.topic as { source?: unknown; value?: unknown; webUrl?: unknown } | undefined;
  if (!topic || (topic.source !== 'entityUrl' && topic.source !== 'text') || typeof topic.value !== 'string') throw badRequest('Topic is required and must have a valid source and value.');
  if (topic.source === 'text' && typeof topic.webUrl !== 'string') throw badRequest('WebUrl is required for a topic of source text.');
  if (typeof body.activityType !== 'string' || body.activityType === '') throw badRequest('ActivityType is required.');
  const preview = body.previewText as { content?: unknown } | undefined;
  if (typeof preview?.content !== 'string') throw badRequest('PreviewText is required.');
  if (body.chainId !== undefined && (typeof body.chainId !== 'number' || !Number.isSafeInteger(body.chainId))) throw badRequest('ChainId must be an Int64.');
  if (preview.content.length > MAX_PREVIEW) throw badRequest(`Preview text cannot exceed ${MAX_PREVIEW} characters.`);
  const parameters = body.templateParameters;
  if (parameters !== undefined && (!Array.isArray(parameters) || !parameters.every((p: { name?: unknown }) => typeof p?.name === 'string'))) {
    throw badRequest('TemplateParameters must be a collection of name and value pairs.');
  }
};

export const registerTeamwork = (router: GraphRouter, ctx: EmulatorContext): void => {
  onUserPaths(router, 'post', '/teamwork/sendActivityNotification', async (c: GraphContext) => {
    const recipient = resolveTarget(ctx, c, 'teams').person;
    const input: unknown = await c.req.json().catch(() => null);
    validateNotification(input);
    const principal = c.get('principal');
    const sender = principal.kind === 'user' ? principal.person.id : null;
    if (sender === recipient.id) throw badRequest('The sender and the recipient of an activity notification cannot be the same user.');
    if (!ctx.store.installedFor.has(recipient.id)) {
      throw new GraphError(
        403,
        'Forbidden',
        `Application with AAD App Id '${principal.appId}' is not authorized to generate custom text notifications about '/v1.0/users/${recipient.id}/Microsoft.Teams.GraphSvc.sendActivityNotification' to the recipient. Ensure that the expected Teams app is installed in the target scope (user, team, or chat).`,
      );
    }
    const notification = { recipientId: recipient.id, senderId: sender, body: input, sentAt: ctx.now() };
    const chainId = (input as { chainId?: number }).chainId;
    // Teams shows one notification per chain: a resend with the same chainId replaces the earlier one.
    const earlier = chainId === undefined ? -1 : ctx.store.activity.findIndex((a) => a.recipientId === recipient.id && (a.body as { chainId?: number }).chainId === chainId);
    if (earlier >= 0) ctx.store.activity[earlier] = notification;
    else ctx.store.activity.push(notification);
    const lost = loseResponseIfAsked(ctx, c);
    if (lost) throw lost;
    return sendNoContent(c);
  });

  onUserPaths(router, 'get', '/teamwork/installedApps', (c) => {
    const target = resolveTarget(ctx, c, 'teams');
    const expand = new Set((c.req.query('$expand') ?? '').split(',').map((name) => name.trim().replace(/\(.*\)$/, '')));
    const installed = ctx.store.installedFor.has(target.person.id);
    const value = installed
      ? [
          {
            id: Buffer.from(`${target.person.id}##${ROUNDTABLE_TEAMS_APP.id}`).toString('base64'),
            ...(expand.has('teamsAppDefinition') ? { teamsAppDefinition: { id: guidFrom('definition', ROUNDTABLE_TEAMS_APP.id), teamsAppId: ROUNDTABLE_TEAMS_APP.id, displayName: 'Roundtable', version: '1.0.0' } } : {}),
            ...(expand.has('teamsApp') ? { teamsApp: { ...ROUNDTABLE_TEAMS_APP, distributionMethod: 'organization' } } : {}),
          },
        ]
      : [];
    return sendJson(c, { '@odata.context': contextUrl(ctx, `users(${target.contextKey})/teamwork/installedApps`), value });
  });
};
