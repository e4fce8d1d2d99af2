// The dev host's choices, kept in the address bar so any view can be linked and reloaded.
import { useCallback, useEffect, useState } from 'react';
import { parseDevSettings, toDevSearch, type DevSettings } from './dev-settings';

export const useDevSettings = (): [DevSettings, (change: Partial<DevSettings>) => void] => {
  const [settings, setSettings] = useState(() => parseDevSettings(window.location.search));
  useEffect(() => {
    const search = toDevSearch(settings);
    if (window.location.search !== search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }, [settings]);
  const update = useCallback((change: Partial<DevSettings>) => setSettings((previous) => ({ ...previous, ...change })), []);
  return [settings, update];
};
