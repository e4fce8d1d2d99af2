// The Outlook command's task pane (the manifest's openCheckinPane action opens outlook-command.html).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OutlookRoot } from './outlook-root';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <OutlookRoot />
  </StrictMode>,
);
