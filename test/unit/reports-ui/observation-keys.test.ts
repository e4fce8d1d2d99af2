import { describe, expect, it } from 'vitest';
import { OBSERVATION_KEYS } from '../../../server/domain/reports/observation-rules';
import { isObservationKey } from '../../../src/features/reports/observation-keys';
import { en } from '../../../src/i18n/catalogue-en';
import { ctx } from './report-fixtures';

describe('the observations’ words', () => {
  it('exist for every key the domain’s rules produce, with every placeholder they fill', () => {
    for (const [key, placeholders] of Object.entries(OBSERVATION_KEYS)) {
      expect(isObservationKey(key), key).toBe(true);
      const text = en[key as keyof typeof en];
      expect(typeof text, key).toBe('string');
      for (const placeholder of placeholders) expect(text, `${key} {${placeholder}}`).toContain(`{${placeholder}}`);
    }
  });

  it('read as a sentence with the rule’s values', () => {
    expect(ctx.t('reports.observation.fewVoices', { count: 4, total: 6 })).toBe('In 4 of the last 6 meetings, fewer than half the attendees spoke.');
    expect(ctx.t('reports.observation.participationFell', { before: 90, after: 55 })).toBe('Check-in participation fell from 90% to 55% this month.');
  });

  it('leave out a key the catalogue does not know rather than show it raw', () => {
    expect(isObservationKey('reports.observation.somethingNew')).toBe(false);
    expect(isObservationKey('reports.heading')).toBe(false);
    expect(isObservationKey('reports.observation.toString')).toBe(false);
  });
});
