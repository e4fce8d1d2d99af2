// What the dev host plays, as chosen in its controls and linked in its query string:
// /dev?surface=sidePanel&upn=<UPN>&meeting=<Graph event id>&theme=dark&host=Teams&locale=en-US
// (&view=praise: the personal tab opened by a deep link to its sub-page, as an activity notification does;
// &view=reports: the personal tab opened on its reports)
// (surface=appointment&host=Outlook: Outlook's appointment form for the meeting, with the Add check-in command)

export const devSurfaces = ['sidePanel', 'stage', 'details', 'config', 'personal', 'appointment'] as const;
export type DevSurface = (typeof devSurfaces)[number];

export const devThemes = ['default', 'dark', 'contrast'] as const;
export type DevTheme = (typeof devThemes)[number];

export const devHosts = ['Teams', 'Outlook'] as const;
export type DevHostName = (typeof devHosts)[number];

export const devLocales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'] as const;

export type DevSettings = {
  surface: DevSurface;
  /** null: the first demo person. */
  upn: string | null;
  /** A Graph event id in that person's calendar; null: their current or next meeting. */
  meeting: string | null;
  theme: DevTheme;
  host: DevHostName;
  locale: string;
  /** The deep link's sub-page (teams-js subPageId), e.g. 'praise'; absent: the tab opened plainly. */
  view?: string;
};

const pick = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  allowed.find((candidate) => candidate.toLowerCase() === value?.toLowerCase()) ?? fallback;

const nonEmpty = (value: string | null): string | null => (value && value.trim() ? value.trim() : null);

export const parseDevSettings = (search: string): DevSettings => {
  const query = new URLSearchParams(search);
  const view = nonEmpty(query.get('view'));
  return {
    surface: pick(devSurfaces, query.get('surface'), 'sidePanel'),
    upn: nonEmpty(query.get('upn')),
    meeting: nonEmpty(query.get('meeting')),
    theme: pick(devThemes, query.get('theme'), 'default'),
    host: pick(devHosts, query.get('host'), 'Teams'),
    locale: nonEmpty(query.get('locale')) ?? 'en-US',
    ...(view ? { view } : {}),
  };
};

/** The query string for a view, leaving out what is at its default so links stay short. */
export const toDevSearch = (settings: DevSettings): string => {
  const query = new URLSearchParams();
  query.set('surface', settings.surface);
  if (settings.upn) query.set('upn', settings.upn);
  if (settings.meeting) query.set('meeting', settings.meeting);
  query.set('theme', settings.theme);
  query.set('host', settings.host);
  if (settings.locale !== 'en-US') query.set('locale', settings.locale);
  if (settings.view) query.set('view', settings.view);
  return `?${query.toString()}`;
};
