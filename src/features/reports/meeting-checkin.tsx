// The check-in of one meeting as the meeting saw it: the question, named answers with their author, anonymous ones
// only if they were revealed (the rest counted, never shown), or a clear "no check-in was held". An answer in parts
// (rose, bud, thorn) arrives as one text with a labelled line per part, as the answers wall shows it.
import { Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { AnswerShape, CheckinLibrary } from '../../api';
import type { MeetingReport } from '../../../server/domain/reports/types';
import { scaleLabel } from '../checkin/answer-content';
import type { LibraryMessages } from '../checkin/library-text';
import { useCheckinLibrary } from '../checkin/use-checkin-library';
import { useReportFormat } from './use-report-format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  answers: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  answer: {
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

type Answer = MeetingReport['checkin']['answers'][number];

const AnswerBody = ({ answer, shape, messages }: { answer: Answer; shape: AnswerShape | undefined; messages: LibraryMessages }) => {
  const { t } = useReportFormat();
  const styles = useStyles();
  return (
    <>
      {answer.text && <Text className={styles.text}>{answer.text}</Text>}
      {Object.entries(answer.scales ?? {}).map(([name, value]) => (
        <Text key={name}>{t('checkin.answer.scaleValue', { label: scaleLabel(messages, shape, name), value, max: 5 })}</Text>
      ))}
    </>
  );
};

export const MeetingCheckin = ({ checkin, isHeld, headingLevel }: { checkin: MeetingReport['checkin']; isHeld: boolean; headingLevel: 3 | 4 }) => {
  const { t } = useReportFormat();
  const styles = useStyles();
  const headingId = useId();
  const library = useCheckinLibrary();
  const ready: CheckinLibrary | null = library.status === 'ready' ? library.value : null;
  const prompt = ready?.prompts.find((candidate) => candidate.id === checkin.question?.promptId);
  const question = checkin.question?.customQuestion ?? prompt?.text ?? null;
  const messages = ready?.messages ?? {};
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="meeting-checkin">
      <Subtitle2 as={`h${headingLevel}`} id={headingId} className={styles.heading}>
        {t('reports.meetingCheckin.heading')}
      </Subtitle2>
      {!isHeld ? (
        <Text className={styles.muted} data-testid="meeting-checkin-none">
          {t('reports.meetingCheckin.none')}
        </Text>
      ) : (
        <>
          {question && <Text weight="semibold">{t('reports.meetingCheckin.question', { question })}</Text>}
          {checkin.anonymous && <Text className={styles.muted}>{t('reports.meetingCheckin.anonymous')}</Text>}
          {checkin.answers.length > 0 && (
            <ul className={styles.answers}>
              {checkin.answers.map((answer, index) => (
                <li key={`${answer.author ?? ''}/${index}`} className={styles.answer} data-testid="meeting-checkin-answer">
                  <Text weight="semibold">{answer.author ?? t('reports.meetingCheckin.anonymousAuthor')}</Text>
                  <AnswerBody answer={answer} shape={prompt?.answer} messages={messages} />
                </li>
              ))}
            </ul>
          )}
          {checkin.hiddenAnonymous > 0 && (
            <Text className={styles.muted} data-testid="meeting-checkin-hidden">
              {t('reports.meetingCheckin.hidden', { count: checkin.hiddenAnonymous })}
            </Text>
          )}
          {checkin.answers.length === 0 && checkin.hiddenAnonymous === 0 && <Text className={styles.muted}>{t('reports.meetingCheckin.noAnswers')}</Text>}
        </>
      )}
    </section>
  );
};
