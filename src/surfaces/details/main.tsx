import { renderSurface } from '../shared/render-surface';
import { Details } from './details';

// The configurable tab's content URL is this page; Teams also opens it in the side panel and on the stage.
renderSurface({ surface: Details, layout: 'page', redirects: { sidePanel: '/side-panel.html', meetingStage: '/stage.html' } });
