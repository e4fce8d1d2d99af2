import { renderSurface } from '../shared/render-surface';
import { Stage } from './stage';

renderSurface({ surface: Stage, layout: 'stage', redirects: { sidePanel: '/side-panel.html' } });
