// The page frame every surface shares: the Fluent theme, the <main> landmark and spacing for its kind of frame.
import { FluentProvider, makeStaticStyles, makeStyles, mergeClasses, tokens, type Theme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** panel: the 320 px side panel; page: tabs (details, personal, config); stage: the shared meeting stage. */
export type SurfaceLayout = 'panel' | 'page' | 'stage';

const useStaticStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  // The full-height background sits inside the provider: Fluent copies the provider's own classes onto every portal
  // (listboxes, popovers), and a 100vh portal node would cover the page and swallow its clicks.
  fill: { minHeight: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1 },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, boxSizing: 'border-box', minWidth: 0 },
  panel: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  page: { padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`, maxWidth: '960px' },
  stage: { padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXXL}`, maxWidth: '1400px', marginInline: 'auto' },
});

export type SurfaceFrameProps = {
  theme: Theme;
  layout: SurfaceLayout;
  /** Marks the rendered theme for people and tests inspecting the page. */
  themeName: string;
  children: ReactNode;
};

export const SurfaceFrame = ({ theme, layout, themeName, children }: SurfaceFrameProps) => {
  useStaticStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} data-host-theme={themeName}>
      <div className={styles.fill}>
        <main className={mergeClasses(styles.main, styles[layout])}>{children}</main>
      </div>
    </FluentProvider>
  );
};
