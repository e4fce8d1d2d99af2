import { renderSurface } from '../shared/render-surface';
import { SidePanel } from './side-panel';

renderSurface({ surface: SidePanel, layout: 'panel', redirects: { meetingStage: '/stage.html' } });
