import { describe, expect, it } from 'vitest';
import {
  buildPraiseNotification,
  chainIdOf,
  DEFAULT_PRAISE_VALUES,
  findValue,
  MAX_PREVIEW_TEXT,
  praiseMessagesEn,
  praiseTabLink,
  praiseValuesOf,
  toPraiseValue,
  valueForStored,
} from '../../../../server/domain/praise';

describe('praise values', () => {
  it('defaults to the six values, each with translatable English text', () => {
    expect(DEFAULT_PRAISE_VALUES.map((v) => v.id)).toEqual(['courage', 'curiosity', 'helping-hand', 'ownership', 'clarity', 'teamwork']);
    expect(praiseValuesOf([]).map((v) => toPraiseValue(v).label)).toEqual(['Courage', 'Curiosity', 'Helping hand', 'Ownership', 'Clarity', 'Teamwork']);
    for (const value of DEFAULT_PRAISE_VALUES) expect(praiseMessagesEn[value.messageKey!]).toBeTruthy();
  });

  it("uses a tenant's own list when it has one", () => {
    const values = praiseValuesOf([{ id: 'customer-first', label: 'Customer first' }]);
    expect(values.map((v) => toPraiseValue(v))).toEqual([{ id: 'customer-first', label: 'Customer first' }]);
    expect(findValue(values, 'courage')).toBeNull();
  });

  it('keeps the label a stored praise was given under when the value left the list', () => {
    expect(valueForStored(praiseValuesOf([]), 'courage', 'Mut')).toEqual({ id: 'courage', label: 'Courage' });
    expect(valueForStored(praiseValuesOf([]), 'old-value', 'Old value')).toEqual({ id: 'old-value', label: 'Old value' });
  });
});

describe('the private praise notification', () => {
  const input = { praiseId: '2f6c1a9e-4b0d-4c1e-9a7f-3d2b1c0e9f8a', giverName: 'Lucía Fernández', valueLabel: 'Curiosity', meetingSubject: 'Weekly team meeting', tabLink: 'https://x' };

  it('opens the personal tab on the praise view', () => {
    const link = praiseTabLink({ teamsAppId: 'app-id' });
    expect(link.startsWith('https://teams.microsoft.com/l/entity/app-id/roundtable-home?context=')).toBe(true);
    expect(JSON.parse(decodeURIComponent(link.split('context=')[1]!))).toEqual({ subEntityId: 'praise' });
    expect(praiseTabLink({ personalPageUrl: 'https://r.example/personal.html' })).toBe('https://r.example/personal.html?view=praise');
  });

  it('previews who and which value in at most 150 characters, never the message', () => {
    const notification = buildPraiseNotification(input);
    expect(notification).toMatchObject({ activityType: 'privatePraise', topic: { source: 'text', value: 'Praise for you', webUrl: 'https://x' } });
    expect(notification.previewText.content).toBe('Lucía Fernández praised you for Curiosity in Weekly team meeting');
    const long = buildPraiseNotification({ ...input, meetingSubject: 'm'.repeat(400) });
    expect([...long.previewText.content].length).toBeLessThanOrEqual(MAX_PREVIEW_TEXT);
    expect(long.previewText.content.endsWith('…')).toBe(true);
  });

  it('has a chain id per praise, so a repeated send replaces the notification', () => {
    expect(chainIdOf(input.praiseId)).toBe(chainIdOf(input.praiseId));
    expect(chainIdOf(input.praiseId)).not.toBe(chainIdOf('another'));
    expect(Number.isSafeInteger(chainIdOf(input.praiseId))).toBe(true);
    expect(chainIdOf(input.praiseId)).toBeGreaterThan(0);
  });
});
