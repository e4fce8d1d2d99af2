// Which observation keys this front end can word: the domain's rules name `reports.observation.*` keys; a key the
// catalogue does not hold (a newer server) is left out rather than shown raw.
import { en } from '../../i18n/catalogue-en';
import type { MessageKey } from '../../i18n';

export const isObservationKey = (key: string): key is MessageKey => key.startsWith('reports.observation.') && Object.hasOwn(en, key);
