// The Teams activity notification for private praise: it opens the personal tab on "Praise for you". Its preview
// names the giver, the value and the meeting but never the message: Teams shows previews in banners, on lock screens
// and in mobile push notifications, where others may read along. The text itself is read inside the app.
// `chainId` (from the praise id) makes a repeated send replace the first notification instead of adding a second.
import { createHash } from 'node:crypto';
import { en, formatMessage, type PraiseMessages } from './catalogue-en';

export const PRAISE_ACTIVITY_TYPE = 'privatePraise';
export const MAX_PREVIEW_TEXT = 150;
/** The personal tab's entity id (manifest staticTabs) and the sub-page its "Praise for you" view answers to. */
export const PERSONAL_TAB_ENTITY_ID = 'roundtable-home';
export const PRAISE_SUB_ENTITY_ID = 'praise';

export type PraiseNotification = {
  topic: { source: 'text'; value: string; webUrl: string };
  activityType: string;
  chainId: number;
  previewText: { content: string };
  templateParameters: { name: string; value: string }[];
};

/** Shortens to at most `max` characters (code points), ending with an ellipsis when cut. */
export const truncate = (text: string, max: number): string => {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('').trimEnd()}…`;
};

/** A stable positive 53-bit integer for the praise: Graph's chainId is an Int64. */
export const chainIdOf = (praiseId: string): number => Number(BigInt(`0x${createHash('sha256').update(praiseId).digest('hex').slice(0, 13)}`));

/**
 * The deep link into the personal tab on its praise view: a Teams entity link when the Teams app id is known, else the
 * personal page itself with `?view=praise` (opens in a browser).
 */
export const praiseTabLink = (target: { teamsAppId: string } | { personalPageUrl: string }): string => {
  if ('personalPageUrl' in target) return `${target.personalPageUrl}${target.personalPageUrl.includes('?') ? '&' : '?'}view=${PRAISE_SUB_ENTITY_ID}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: PRAISE_SUB_ENTITY_ID }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(target.teamsAppId)}/${PERSONAL_TAB_ENTITY_ID}?context=${context}`;
};

export const buildPraiseNotification = (
  input: { praiseId: string; giverName: string; valueLabel: string; meetingSubject: string; tabLink: string },
  messages: PraiseMessages = en,
): PraiseNotification => ({
  topic: { source: 'text', value: formatMessage(messages, 'praise.notification.topic'), webUrl: input.tabLink },
  activityType: PRAISE_ACTIVITY_TYPE,
  chainId: chainIdOf(input.praiseId),
  previewText: {
    content: truncate(formatMessage(messages, 'praise.notification.preview', { giver: input.giverName, value: input.valueLabel, meeting: input.meetingSubject }), MAX_PREVIEW_TEXT),
  },
  templateParameters: [],
});
