// Mounts a surface entry into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SurfaceRoot, type SurfaceRootProps } from './surface-root';

export const renderSurface = (props: SurfaceRootProps): void => {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  createRoot(container).render(
    <StrictMode>
      <SurfaceRoot {...props} />
    </StrictMode>,
  );
};
