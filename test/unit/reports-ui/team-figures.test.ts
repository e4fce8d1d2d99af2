import { describe, expect, it } from 'vitest';
import { teamTotals } from '../../../src/features/reports/team-figures';
import { ctx } from './report-fixtures';

const totals = {
  meetings: 42,
  checkinRate: 0.5,
  participation: 0.8,
  pulse: { shown: true as const, value: { freedom: 4.2, inclusion: null }, people: 7 },
  entropy: 0.77,
  voicesHeard: 0.66,
  praise: { public: 12, private: 5 },
};

describe('"my team" totals', () => {
  it('list the team’s figures, none of them a person’s', () => {
    expect(teamTotals(totals, ctx).map((figure) => [ctx.t(figure.label), figure.text])).toEqual([
      ['Meetings', '42'],
      ['Meetings with a check-in', '50%'],
      ['Check-in participation', '80%'],
      ['Freedom', '4.2'],
      ['Inclusion', '—'],
      ['Balance', '0.77'],
      ['Voices heard', '66%'],
      ['Public praise', '12'],
      ['Private praise', '5'],
    ]);
  });

  it('say "not enough responses" for a pulse the server withheld', () => {
    const texts = teamTotals({ ...totals, pulse: { shown: false, people: 3 } }, ctx).map((figure) => figure.text);
    expect(texts.slice(3, 5)).toEqual(['Not enough responses', 'Not enough responses']);
  });
});
