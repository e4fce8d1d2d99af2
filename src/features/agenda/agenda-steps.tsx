// The meeting's agenda as steps, the check-in first: each item with its timebox, the current one marked; the
// facilitator moves through them with Previous and Next.
import { Badge, Button, MessageBar, MessageBarBody, Subtitle2, Text, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowRight20Regular, Checkmark16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { AgendaItem, CheckinView, FacilitatorAction, Round } from '../../api';
import { useT } from '../../i18n';
import { describeError } from '../../ui/describe-error';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  step: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  largeStep: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, gap: tokens.spacingHorizontalM },
  current: { backgroundColor: tokens.colorBrandBackground2, border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  done: { color: tokens.colorNeutralForeground3 },
  number: { minWidth: '1.5em', fontVariantNumeric: 'tabular-nums' },
  title: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere', minWidth: 0 },
  nav: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

type Step = { title: string; minutes: number | null; detail?: string };

/** The position in the steps (0 is the check-in) and the move that goes to each neighbour. */
const positionOf = (round: Round) => (round.phase === 'checkin' ? 0 : round.agendaStep + 1);
const moveTo = (position: number): FacilitatorAction => (position === 0 ? { action: 'toCheckin' } : { action: 'agendaStep', step: position - 1 });

export type AgendaStepsProps = {
  view: CheckinView;
  size: 'compact' | 'large';
  /** Given to the facilitator only. */
  onAct?: (action: FacilitatorAction) => Promise<unknown>;
};

export const AgendaSteps = ({ view, size, onAct }: AgendaStepsProps) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const [isMoving, setIsMoving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isLarge = size === 'large';
  const Heading = isLarge ? Title3 : Subtitle2;
  const steps: Step[] = [
    { title: t('agenda.checkinStep'), minutes: null, detail: view.choice?.question },
    ...view.agenda.map((item: AgendaItem) => ({ title: item.title, minutes: item.minutes })),
  ];
  const current = Math.min(positionOf(view.round), steps.length - 1);

  const go = async (position: number) => {
    if (!onAct) return;
    setIsMoving(true);
    setError(null);
    try {
      await onAct(moveTo(position));
    } catch (failure) {
      setError(failure);
    } finally {
      setIsMoving(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="agenda-steps">
      <Heading as="h3" id={headingId} className={styles.heading}>
        {t('agenda.heading')}
      </Heading>
      <ol className={styles.list} aria-labelledby={headingId}>
        {steps.map((step, index) => (
          <li
            key={index}
            className={mergeClasses(styles.step, isLarge && styles.largeStep, index === current && styles.current, index < current && styles.done)}
            aria-current={index === current ? 'step' : undefined}
            data-testid="agenda-step"
          >
            <Text className={styles.number} size={isLarge ? 500 : 300} weight="semibold" aria-hidden>
              {index < current ? <Checkmark16Regular /> : `${index + 1}.`}
            </Text>
            <div className={styles.title}>
              <Text size={isLarge ? 500 : 300} weight={index === current ? 'semibold' : 'regular'}>
                {step.title}
              </Text>
              {step.detail && (
                <Text size={isLarge ? 400 : 200} className={styles.muted}>
                  {step.detail}
                </Text>
              )}
            </div>
            {step.minutes !== null && (
              <Badge appearance="tint" color={index === current ? 'brand' : 'informative'} size={isLarge ? 'large' : 'medium'}>
                {t('agenda.minutes', { count: step.minutes })}
              </Badge>
            )}
          </li>
        ))}
      </ol>
      {view.agenda.length === 0 && (
        <Text className={styles.muted} data-testid="agenda-empty">
          {t('agenda.empty')}
        </Text>
      )}
      {onAct && (
        <div className={styles.nav}>
          <Button icon={<ArrowLeft20Regular />} disabled={current === 0 || isMoving} onClick={() => void go(current - 1)}>
            {t('agenda.previous')}
          </Button>
          <Button appearance="primary" icon={<ArrowRight20Regular />} iconPosition="after" disabled={current >= steps.length - 1 || isMoving} onClick={() => void go(current + 1)}>
            {t('agenda.next')}
          </Button>
        </div>
      )}
      {error !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(describeError(error).message)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
};
