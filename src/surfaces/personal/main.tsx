import { renderSurface } from '../shared/render-surface';
import { Personal } from './personal';

renderSurface({ surface: Personal, layout: 'page' });
