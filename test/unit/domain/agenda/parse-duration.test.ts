import { describe, expect, it } from 'vitest';
import { splitDuration } from '../../../../server/domain/agenda';

const cases: [text: string, title: string, minutes: number | null][] = [
  ['Wins of the week (10 min)', 'Wins of the week', 10],
  ['Open floor 10 mins', 'Open floor', 10],
  ["Blockers – 15'", 'Blockers', 15],
  ['Talk — 25’', 'Talk', 25],
  ['Lunch (1 h)', 'Lunch', 60],
  ['Workshop 1h30', 'Workshop', 90],
  ['Strategy (1 h 30 min)', 'Strategy', 90],
  ['Budget 2h 15m', 'Budget', 135],
  ['Deep dive 1.5 h', 'Deep dive', 90],
  ['Tiefgang 1,5 Std.', 'Tiefgang', 90],
  ['Break [5m]', 'Break', 5],
  ['Retro: 45 minutes', 'Retro', 45],
  ['Wrap-up, 5 min.', 'Wrap-up', 5],
  ['Q&A 10-15 min', 'Q&A', 15],
  ['Intro(10 min)', 'Intro', 10],
  ['(10 min) Welcome', 'Welcome', 10],
  ['[5m] Demo', 'Demo', 5],
  ['10 min – Welcome', 'Welcome', 10],
  ['10:00–10:15 Intros', 'Intros', 15],
  ['12:50-1:10 Lunch', 'Lunch', 20],
  ['Intros (10:00-10:30)', 'Intros', 30],
];

const untouched = ['1 minute of silence', 'Review 2024', '5 mangoes', 'Room 12', 'Version 1.5', 'Top 10 ideas', 'Sprint 0 min', 'Plan for 2000 h'];

describe('splitDuration', () => {
  it.each(cases)('%s → %s, %s minutes', (text, title, minutes) => {
    expect(splitDuration(text)).toEqual({ title, minutes });
  });

  it.each(untouched)('leaves "%s" as it is: a number without a unit, a unit inside a word, or out of range', (text) => {
    expect(splitDuration(text)).toEqual({ title: text, minutes: null });
  });

  it('keeps a line that is nothing but a timebox as its title', () => {
    expect(splitDuration('(10 min)')).toEqual({ title: '(10 min)', minutes: 10 });
  });
});
