// A person's own praise in the personal tab, newest first: what they received (public and private, from whom, in which
// meeting) or what they gave (to whom, and how its delivery went). Messages are shown as text.
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PraiseBox, PraiseView } from '../../api';
import { useI18n } from '../../i18n';
import { deliveryTone, deliveryWords, recipientName } from './praise-text';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  message: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  // A failed delivery's reason can be long: let its badge wrap.
  wrap: { whiteSpace: 'normal', height: 'auto', paddingBlock: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export type PraiseListProps = { praise: readonly PraiseView[]; box: PraiseBox; labelledBy: string };

export const PraiseList = ({ praise, box, labelledBy }: PraiseListProps) => {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const dateOf = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
  const team = t('praise.wall.toTeam');

  return (
    <ul className={styles.list} aria-labelledby={labelledBy} data-testid={`praise-${box}`}>
      {praise.map((entry) => {
        const where = { meeting: entry.meeting.subject, date: dateOf(entry.meeting.start) };
        const wasMadePrivate = entry.visibility === 'private' && entry.requestedVisibility === 'public';
        const delivery = deliveryWords(entry.delivery, entry.visibility);
        return (
          <li key={entry.id} className={styles.item} data-testid="praise-item" data-praise-id={entry.id} data-visibility={entry.visibility}>
            <div className={styles.badges}>
              <Badge appearance="tint" color="brand">
                {entry.value.label}
              </Badge>
              <Badge appearance="outline" color={entry.visibility === 'private' ? 'important' : 'informative'}>
                {wasMadePrivate ? t('praise.personal.madePrivate') : entry.visibility === 'private' ? t('praise.personal.private') : t('praise.personal.public')}
              </Badge>
            </div>
            <Text className={styles.message} data-testid="praise-item-message">
              {entry.message}
            </Text>
            <Text size={200} className={styles.muted}>
              {box === 'received'
                ? t('praise.personal.fromIn', { giver: entry.giver.displayName, ...where })
                : t('praise.personal.toIn', { recipient: recipientName(entry.recipient, team), ...where })}
            </Text>
            {box === 'given' && (
              <div className={styles.badges}>
                <Badge appearance="tint" color={deliveryTone(entry.delivery)} className={styles.wrap} data-testid="praise-item-delivery" data-status={entry.delivery.status}>
                  {t(delivery.key, delivery.params)}
                </Badge>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
};
