// The host's theme as a Fluent UI theme, following the user's theme switches live.
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { onThemeChange, type HostTheme } from './host-context';

export const fluentThemes: Record<HostTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Call once the host is initialised: starts from the context's theme and follows the host's theme-change events. */
export const useHostTheme = (initial: HostTheme): { hostTheme: HostTheme; fluentTheme: Theme } => {
  const [hostTheme, setHostTheme] = useState(initial);
  useEffect(() => onThemeChange(setHostTheme), []);
  return { hostTheme, fluentTheme: fluentThemes[hostTheme] };
};
