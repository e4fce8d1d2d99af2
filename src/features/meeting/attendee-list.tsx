// The people invited to a meeting with their answers, as a list a screen reader can count.
import { Persona, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MeetingView } from '../../api';
import { useT } from '../../i18n';
import { shownResponse } from './attendee-response';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  wide: { gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', columnGap: tokens.spacingHorizontalL },
  large: { gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  item: { minWidth: 0 },
  wrap: { overflowWrap: 'anywhere' },
});

/** compact: one column (side panel); wide: columns of small entries (tabs); large: columns of large entries (stage). */
export type AttendeeListProps = { meeting: MeetingView; attendees: MeetingView['attendees']; size: 'compact' | 'wide' | 'large'; labelledBy: string };

export const AttendeeList = ({ meeting, attendees, size, labelledBy }: AttendeeListProps) => {
  const t = useT();
  const styles = useStyles();
  return (
    <ul className={mergeClasses(styles.list, size !== 'compact' && styles[size])} aria-labelledby={labelledBy} data-testid="attendee-list">
      {attendees.map((attendee) => {
        const response = shownResponse(meeting, attendee.response);
        return (
          <li key={attendee.email || attendee.name} className={styles.item}>
            <Persona
              size={size === 'large' ? 'large' : 'small'}
              name={attendee.name || attendee.email}
              primaryText={{ className: styles.wrap }}
              secondaryText={response && t(response)}
              avatar={{ color: 'colorful', 'aria-hidden': true }}
            />
          </li>
        );
      })}
    </ul>
  );
};
