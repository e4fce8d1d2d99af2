import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DevHostApp } from './dev-host-app';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <DevHostApp />
  </StrictMode>,
);
