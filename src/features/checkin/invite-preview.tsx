// How the invite will read: the Check-in section in front of the organizer's agenda, the Teams join details untouched.
import { Caption1, Card, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { AgendaItem } from '../../api';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  block: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
  },
  question: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  note: { color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  agenda: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  blob: { borderTop: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
});

export type InvitePreviewProps = { question: string; isAnonymous: boolean; isRotating?: boolean; agenda: AgendaItem[] };

export const InvitePreview = ({ question, isAnonymous, isRotating = false, agenda }: InvitePreviewProps) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  return (
    <Card className={styles.card} appearance="outline" role="region" aria-labelledby={headingId} data-testid="invite-preview">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t('checkin.preview.heading')}
      </Subtitle2>
      <div className={styles.block} data-testid="invite-preview-checkin">
        <Text weight="semibold" size={400}>
          {t('checkin.preview.blockHeading')}
        </Text>
        <Text className={styles.question}>{question || <span className={styles.muted}>{t('checkin.preview.noQuestion')}</span>}</Text>
        <Caption1 className={styles.note}>
          {isAnonymous ? t('checkin.preview.anonymous') : t('checkin.preview.named')}
          {isRotating ? ` ${t('checkin.preview.rotates')}` : ''}
        </Caption1>
      </div>
      <div className={styles.section} data-testid="invite-preview-agenda">
        <Text weight="semibold">{t('checkin.preview.agendaHeading')}</Text>
        {agenda.length > 0 ? (
          <ol className={styles.agenda}>
            {agenda.map((item, index) => (
              <li key={index}>
                <Text>{item.minutes === null ? item.title : t('checkin.preview.agendaItem', { title: item.title, minutes: item.minutes })}</Text>
              </li>
            ))}
          </ol>
        ) : (
          <Text as="p" block className={styles.muted}>
            {t('checkin.preview.noAgenda')}
          </Text>
        )}
      </div>
      <Caption1 className={styles.blob}>{t('checkin.preview.joinDetails')}</Caption1>
    </Card>
  );
};
