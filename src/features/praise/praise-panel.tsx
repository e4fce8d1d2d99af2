// Praise in the side panel, at any moment of the meeting: the praise round's invitation (and, for the facilitator,
// its controls), the form to praise someone or the whole group, and the meeting's public praise wall, live.
import { Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId, useMemo, useRef, useState } from 'react';
import type { MeetingView } from '../../api';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { emptyDraft, praiseablePeople, type PraiseDraft } from './praise-draft';
import { LiveStatus, PraiseRoundBadge, PraiseRoundInvitation } from './praise-round';
import { PraiseWall } from './praise-wall';
import { useMeetingPraise } from './use-meeting-praise';
import { usePraiseValues } from './use-praise-values';

// The form (with its sender) and the facilitator's round controls load after the panel's first paint: the check-in
// above them comes first, and the side panel's up-front JavaScript stays within its budget (bench/bundle-size.ts).
const PraiseForm = lazy(() => import('./praise-form').then((module) => ({ default: module.PraiseForm })));
const PraiseRoundControls = lazy(() => import('./praise-round-controls').then((module) => ({ default: module.PraiseRoundControls })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export const PraisePanel = ({ meeting, userId }: { meeting: MeetingView; userId: string }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const praise = useMeetingPraise(meeting.eventId, { isLive: true });
  const values = usePraiseValues();
  const [draft, setDraft] = useState<PraiseDraft>(() => emptyDraft());
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const meetingPeople = praise.status === 'ready' ? praise.view.people : null;
  const people = useMemo(() => (meetingPeople ? praiseablePeople(meetingPeople, userId) : []), [meetingPeople, userId]);

  const body = (() => {
    if (praise.status === 'error') return <ErrorState error={praise.error} title={t('praise.errorTitle')} notFound="praise.notTeamsMeeting" onRetry={praise.retry} />;
    if (praise.status === 'loading') return <LoadingState label={t('praise.loading')} />;
    const { view } = praise;
    const suggestions = view.suggestions.filter((suggestion) => people.some((person) => person.userId === suggestion.userId));
    const praiseThem = (recipientId: string) => {
      setDraft((previous) => ({ ...previous, recipient: { kind: 'person', userId: recipientId } }));
      messageRef.current?.focus();
    };
    return (
      <>
        {view.round.isOpen && <PraiseRoundInvitation suggestions={suggestions} onPraise={praiseThem} />}
        {view.canFacilitate && (
          <Suspense fallback={<LoadingState label={t('praise.loading')} size="small" />}>
            <PraiseRoundControls isOpen={view.round.isOpen} onAct={praise.actOnRound} />
          </Suspense>
        )}
        {values.status === 'error' && <ErrorState error={values.error} title={t('praise.values.errorTitle')} onRetry={values.retry} />}
        {values.status === 'loading' && <LoadingState label={t('praise.loading')} size="small" />}
        {values.status === 'ready' && (
          <>
            {people.length === 0 && (
              <Text as="p" block className={styles.muted}>
                {t('praise.form.noPeople')}
              </Text>
            )}
            <Suspense fallback={<LoadingState label={t('praise.loading')} size="small" />}>
              <PraiseForm people={people} values={values.value} draft={draft} onDraft={setDraft} give={praise.give} wall={view.praise} messageRef={messageRef} />
            </Suspense>
          </>
        )}
        <PraiseWall praise={view.praise} size="compact" myUserId={userId} />
      </>
    );
  })();

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="praise-panel">
      <div className={styles.header}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {t('praise.heading')}
        </Subtitle1>
        {praise.status === 'ready' && <PraiseRoundBadge isOpen={praise.view.round.isOpen} />}
        <LiveStatus stream={praise.status === 'ready' ? praise.stream : 'off'} />
      </div>
      <Text className={styles.muted}>{t('praise.intro')}</Text>
      {body}
    </section>
  );
};
