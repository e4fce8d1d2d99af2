// The host console: every call the tab made and every answer and event the host sent, newest last.
import { Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { ConsoleEntry } from './use-teams-host';
import { useDevT } from './use-dev-t';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: 0, minWidth: 0 },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: tokens.spacingHorizontalS,
    overflowY: 'auto',
    maxHeight: '220px',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  entry: { display: 'grid', gridTemplateColumns: 'auto auto 1fr', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  time: { color: tokens.colorNeutralForeground3 },
  fromTab: { color: tokens.colorBrandForeground1 },
  toTab: { color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export const HostConsole = ({ log, onClear }: { log: ConsoleEntry[]; onClear: () => void }) => {
  const t = useDevT();
  const styles = useStyles();
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    listRef.current?.scrollTo({ top: listRef.current.scrollHeight });
  }, [log]);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          {t('dev.console')}
        </Subtitle2>
        <Button size="small" appearance="subtle" onClick={onClear}>
          {t('dev.console.clear')}
        </Button>
      </div>
      <ul className={styles.list} ref={listRef} data-testid="host-console" tabIndex={0} aria-labelledby={headingId}>
        {log.length === 0 && (
          <li>
            <Caption1>{t('dev.console.empty')}</Caption1>
          </li>
        )}
        {log.map((entry) => (
          <li key={entry.id} className={mergeClasses(styles.entry, entry.tone === 'warning' && styles.warning)}>
            <span className={styles.time}>{entry.at.toLocaleTimeString('en-GB')}</span>
            <span className={entry.direction === 'fromTab' ? styles.fromTab : styles.toTab}>
              {entry.direction === 'fromTab' ? t('dev.console.fromTab') : t('dev.console.toTab')}
            </span>
            <span>
              <strong>{entry.func}</strong> {entry.detail}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
};
