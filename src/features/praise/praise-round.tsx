// The praise round in every side panel while the facilitator holds it open: an invitation to praise, and the people
// not praised in public lately, each one click from a praise addressed to them.
import { Badge, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Heart20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { PraiseSuggestion, StreamStatus } from '../../api';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  suggestions: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type PraiseRoundInvitationProps = {
  /** Suggested people one can praise (oneself and people outside the praise list left out). */
  suggestions: readonly PraiseSuggestion[];
  onPraise: (userId: string) => void;
};

export const PraiseRoundInvitation = ({ suggestions, onPraise }: PraiseRoundInvitationProps) => {
  const t = useT();
  const styles = useStyles();
  const suggestionsId = useId();
  return (
    <div className={styles.root} data-testid="praise-round-invitation">
      <MessageBar intent="info" layout="multiline" icon={<Heart20Regular />}>
        <MessageBarBody>
          <MessageBarTitle>{t('praise.round.open')}</MessageBarTitle> {t('praise.round.invitation')}
        </MessageBarBody>
      </MessageBar>
      {suggestions.length > 0 && (
        <>
          <Text id={suggestionsId} weight="semibold">
            {t('praise.round.suggestions')}
          </Text>
          <ul className={styles.suggestions} aria-labelledby={suggestionsId} data-testid="praise-suggestions">
            {suggestions.map((person) => (
              <li key={person.userId}>
                <Button size="small" onClick={() => onPraise(person.userId)} data-testid="praise-suggestion">
                  {t('praise.round.praiseThem', { name: person.displayName })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};

/** The round's state, as a badge next to a heading. */
export const PraiseRoundBadge = ({ isOpen, size = 'medium' }: { isOpen: boolean; size?: 'medium' | 'large' }) => {
  const t = useT();
  return isOpen ? (
    <Badge appearance="filled" color="success" size={size === 'large' ? 'extra-large' : 'medium'} data-testid="praise-round-badge">
      {t('praise.round.open')}
    </Badge>
  ) : null;
};

/** Whether the wall is still live, said only when it is not (beside the heading, announced politely). */
export const LiveStatus = ({ stream }: { stream: StreamStatus | 'off' }) => {
  const t = useT();
  const styles = useStyles();
  return (
    <span aria-live="polite">
      {stream === 'reconnecting' && <Caption1 className={styles.muted}>{t('praise.live.reconnecting')}</Caption1>}
      {stream === 'stopped' && <Caption1 className={styles.muted}>{t('praise.live.stopped')}</Caption1>}
    </span>
  );
};
