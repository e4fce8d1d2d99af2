// The meeting's public praise, newest first: who praised whom, for which value, in their words (shown as text).
// Compact in the side panel (where givers also see how their own praise is getting to the chat), large on the stage.
import { Avatar, Badge, Caption1, Subtitle2, Text, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { PeopleTeam24Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { PraiseView } from '../../api';
import { useT } from '../../i18n';
import { newestFirst } from './praise-live';
import { deliveryWords, recipientName } from './praise-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  large: { gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))', gap: tokens.spacingHorizontalL },
  // A plain bordered box, as the check-in wall: the entries are not interactive.
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    height: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  largeCard: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, gap: tokens.spacingVerticalS },
  who: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0, flexWrap: 'wrap' },
  name: { overflowWrap: 'anywhere' },
  message: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  largeMessage: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  muted: { color: tokens.colorNeutralForeground2 },
});

export type PraiseWallProps = {
  praise: readonly PraiseView[];
  size: 'compact' | 'large';
  /** The signed-in person: their own praise shows its delivery to the meeting chat (side panel only). */
  myUserId?: string;
};

export const PraiseWall = ({ praise, size, myUserId }: PraiseWallProps) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const isLarge = size === 'large';
  const Heading = isLarge ? Title3 : Subtitle2;
  const team = t('praise.wall.toTeam');

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="praise-wall">
      <Heading as="h3" id={headingId} className={styles.heading}>
        {t('praise.wall.heading', { count: praise.length })}
      </Heading>
      {praise.length === 0 ? (
        <Text className={styles.muted} size={isLarge ? 500 : 300} data-testid="praise-wall-empty">
          {isLarge ? t('praise.wall.emptyStage') : t('praise.wall.empty')}
        </Text>
      ) : (
        <ul className={mergeClasses(styles.list, isLarge && styles.large)} aria-labelledby={headingId}>
          {newestFirst(praise).map((entry) => {
            const to = recipientName(entry.recipient, team);
            const isMine = myUserId !== undefined && entry.giver.userId === myUserId;
            const delivery = isMine ? deliveryWords(entry.delivery, entry.visibility) : null;
            return (
              <li key={entry.id} data-testid="praise-entry" data-praise-id={entry.id}>
                <article
                  className={mergeClasses(styles.card, isLarge && styles.largeCard)}
                  aria-label={t('praise.wall.entryLabel', { giver: entry.giver.displayName, recipient: to, value: entry.value.label })}
                >
                  <div className={styles.who}>
                    {entry.recipient.kind === 'team' ? (
                      <Avatar size={isLarge ? 40 : 24} icon={<PeopleTeam24Regular />} color="brand" aria-hidden />
                    ) : (
                      <Avatar size={isLarge ? 40 : 24} name={to} color="colorful" aria-hidden />
                    )}
                    <Text weight="semibold" size={isLarge ? 600 : 300} className={styles.name} data-testid="praise-recipient">
                      {to}
                    </Text>
                    <Badge appearance="tint" color="brand" size={isLarge ? 'extra-large' : 'medium'} data-testid="praise-value">
                      {entry.value.label}
                    </Badge>
                  </div>
                  <Text className={mergeClasses(styles.message, isLarge && styles.largeMessage)} data-testid="praise-message">
                    {entry.message}
                  </Text>
                  <Text size={isLarge ? 400 : 200} className={styles.muted} data-testid="praise-giver">
                    {t('praise.wall.from', { name: entry.giver.displayName })}
                  </Text>
                  {delivery && (
                    <Caption1 className={styles.muted} data-testid="praise-delivery" data-status={entry.delivery.status}>
                      {t(delivery.key, delivery.params)}
                    </Caption1>
                  )}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
};
