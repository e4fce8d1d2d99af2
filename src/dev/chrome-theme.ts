// The dev host's own look: Teams' themes when it plays Teams, the Fluent web themes (Outlook blue) for Outlook.
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { DevHostName, DevTheme } from './dev-settings';

export const chromeTheme = (host: DevHostName, theme: DevTheme): Theme => {
  if (theme === 'contrast') return teamsHighContrastTheme;
  if (host === 'Outlook') return theme === 'dark' ? webDarkTheme : webLightTheme;
  return theme === 'dark' ? teamsDarkTheme : teamsLightTheme;
};
