// The user's meeting now or next on the personal tab: when it starts, the meeting header, a link to the calendar.
import { Card, Link, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarEmpty24Regular, Open16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { MeetingView } from '../../api';
import { formatRelativeTime, useI18n } from '../../i18n';
import { MeetingHeader } from '../meeting/meeting-header';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalL },
  starts: { color: tokens.colorNeutralForeground2 },
  empty: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export const NextMeetingCard = ({ meeting, now }: { meeting: MeetingView | null; now: Date }) => {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const isNow = meeting !== null && Date.parse(meeting.start) <= now.getTime();
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="next-meeting">
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {isNow ? t('home.nowHeading') : t('home.nextHeading')}
      </Subtitle1>
      {meeting ? (
        <Card className={styles.card}>
          <Text className={styles.starts}>
            {isNow
              ? t('home.startedAt', { relative: formatRelativeTime(meeting.start, now, locale) })
              : t('home.startsAt', { relative: formatRelativeTime(meeting.start, now, locale) })}
          </Text>
          <MeetingHeader meeting={meeting} size="wide" headingLevel={3} />
          {meeting.webLink && (
            <Link href={meeting.webLink} target="_blank" rel="noreferrer" className={styles.link}>
              {t('home.openInCalendar')}
              <Open16Regular aria-hidden />
            </Link>
          )}
        </Card>
      ) : (
        <div className={styles.empty} data-testid="no-meeting">
          <CalendarEmpty24Regular aria-hidden />
          <Text>{t('home.noMeeting')}</Text>
        </div>
      )}
    </section>
  );
};
