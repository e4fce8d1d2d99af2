import { renderSurface } from '../shared/render-surface';
import { Config } from './config';

renderSurface({ surface: Config, layout: 'page' });
