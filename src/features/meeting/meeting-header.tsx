// The meeting at a glance: subject, when (in the host's locale), organizer and attendees. Compact in the side
// panel and tabs, large on the meeting stage.
import { Badge, Persona, Subtitle2, Text, Title1, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowRepeatAll16Regular, CalendarLtr16Regular, CalendarLtr24Regular, Clock16Regular, Clock24Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { MeetingView } from '../../api';
import { formatMeetingWhen, useI18n } from '../../i18n';
import { AttendeeList } from './attendee-list';
import { invitedPeople } from './attendee-response';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  large: { gap: tokens.spacingVerticalXXL },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  when: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  whenLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', color: tokens.colorNeutralForeground2 },
  icon: { flexShrink: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  sectionHeading: { margin: 0 },
  person: { minWidth: 0, maxWidth: '100%' },
  wrap: { overflowWrap: 'anywhere' },
});

export type MeetingHeaderProps = {
  meeting: MeetingView;
  /** compact: the 320 px side panel; wide: a tab; large: the meeting stage. */
  size?: 'compact' | 'wide' | 'large';
  /** The subject's heading level: 1 where the meeting is the page, deeper where it sits in a section. */
  headingLevel?: 1 | 2 | 3;
};

const headingTags = { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4' } as const;

export const MeetingHeader = ({ meeting, size = 'compact', headingLevel = 1 }: MeetingHeaderProps) => {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const organizerHeadingId = useId();
  const attendeesHeadingId = useId();
  const when = formatMeetingWhen(meeting.start, meeting.end, locale);
  const attendees = invitedPeople(meeting);
  const isLarge = size === 'large';
  const Heading = isLarge ? Title1 : Title3;
  const whenSize = isLarge ? 400 : 300;
  const subjectTag = headingTags[headingLevel];
  const sectionTag = headingTags[(headingLevel + 1) as 2 | 3 | 4];
  const isRecurring = meeting.type === 'occurrence' || meeting.type === 'exception' || meeting.seriesMasterId !== null;

  return (
    <div className={mergeClasses(styles.root, isLarge && styles.large)} data-testid="meeting-header">
      <header>
        <Heading as={subjectTag} className={styles.heading} data-testid="meeting-subject">
          {meeting.subject || t('meeting.untitled')}
        </Heading>
        <div className={styles.when}>
          <Text size={whenSize} className={styles.whenLine}>
            {isLarge ? <CalendarLtr24Regular className={styles.icon} aria-hidden /> : <CalendarLtr16Regular className={styles.icon} aria-hidden />}
            <time dateTime={when.isoStart}>{when.date}</time>
          </Text>
          <Text size={whenSize} className={styles.whenLine}>
            {isLarge ? <Clock24Regular className={styles.icon} aria-hidden /> : <Clock16Regular className={styles.icon} aria-hidden />}
            <span data-testid="meeting-time">{when.time}</span>
            {isRecurring && (
              <Badge appearance="tint" color="informative" icon={<ArrowRepeatAll16Regular />}>
                {t('meeting.recurring')}
              </Badge>
            )}
          </Text>
        </div>
      </header>

      <section className={styles.section} aria-labelledby={organizerHeadingId}>
        <Subtitle2 as={sectionTag} id={organizerHeadingId} className={styles.sectionHeading}>
          {t('meeting.organizer')}
        </Subtitle2>
        <Persona
          size={isLarge ? 'large' : 'medium'}
          name={meeting.organizer.name || meeting.organizer.email}
          className={styles.person}
          primaryText={{ className: styles.wrap }}
          secondaryText={{ children: meeting.isOrganizer ? t('meeting.youOrganize') : meeting.organizer.email, className: styles.wrap }}
          avatar={{ color: 'colorful', 'aria-hidden': true }}
          data-testid="meeting-organizer"
        />
      </section>

      <section className={styles.section} aria-labelledby={attendeesHeadingId}>
        <Subtitle2 as={sectionTag} id={attendeesHeadingId} className={styles.sectionHeading}>
          {t('meeting.attendees', { count: attendees.length })}
        </Subtitle2>
        {attendees.length > 0 ? (
          <AttendeeList meeting={meeting} attendees={attendees} size={size} labelledBy={attendeesHeadingId} />
        ) : (
          <Text>{t('meeting.noAttendees')}</Text>
        )}
      </section>
    </div>
  );
};
