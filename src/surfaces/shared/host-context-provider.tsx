// The host context (frame, host name, user, meeting ids) for components that need to know where they run.
import { createContext, useContext, type ReactNode } from 'react';
import type { HostContext } from '../../host';

const HostContextContext = createContext<HostContext | null>(null);

export const HostContextProvider = ({ value, children }: { value: HostContext; children: ReactNode }) => (
  <HostContextContext.Provider value={value}>{children}</HostContextContext.Provider>
);

export const useHostContext = (): HostContext => {
  const context = useContext(HostContextContext);
  if (!context) throw new Error('useHostContext needs a <HostContextProvider> above it');
  return context;
};
