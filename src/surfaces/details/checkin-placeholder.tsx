// Where the organizer will choose the meeting's check-in before it starts (a later issue builds the editor).
import { Card, CardHeader, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChatBubblesQuestion24Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  heading: { margin: 0 },
  body: { color: tokens.colorNeutralForeground2 },
});

export const CheckinPlaceholder = () => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="checkin-placeholder">
      <Card appearance="filled-alternative">
        <CardHeader
          image={<ChatBubblesQuestion24Regular aria-hidden />}
          header={
            <Subtitle1 as="h2" id={headingId} className={styles.heading}>
              {t('details.checkinHeading')}
            </Subtitle1>
          }
        />
        <Text className={styles.body}>{t('details.checkinPlaceholder')}</Text>
      </Card>
    </section>
  );
};
