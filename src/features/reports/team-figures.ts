// "My team" totals as the view lists them: each figure's label and text, "not enough responses" for a pulse the
// server withheld (it needs five distinct respondents of its own), a dash for a figure with nothing behind it.
import type { TeamReport } from '../../../server/domain/reports/types';
import type { MessageKey } from '../../i18n';
import type { CellContext } from './meeting-columns';

type Totals = Extract<TeamReport['totals'], { shown: true }>['value'];

export const orNone = (value: number | null, show: (value: number) => string, ctx: CellContext): string => (value === null ? ctx.t('reports.cell.none') : show(value));

/** The pulse needs five distinct respondents of its own, even in a team large enough for the other figures. */
const pulseText = (pulse: Totals['pulse'], scale: 'freedom' | 'inclusion', ctx: CellContext): string =>
  pulse.shown ? orNone(pulse.value[scale], ctx.format.score, ctx) : ctx.t('reports.notEnough');

export const teamTotals = (totals: Totals, ctx: CellContext): Array<{ label: MessageKey; text: string }> => {
  const { format } = ctx;
  return [
    { label: 'reports.team.meetings', text: format.count(totals.meetings) },
    { label: 'reports.team.checkinRate', text: orNone(totals.checkinRate, format.percent, ctx) },
    { label: 'reports.team.participation', text: orNone(totals.participation, format.percent, ctx) },
    { label: 'reports.team.freedom', text: pulseText(totals.pulse, 'freedom', ctx) },
    { label: 'reports.team.inclusion', text: pulseText(totals.pulse, 'inclusion', ctx) },
    { label: 'reports.team.balance', text: orNone(totals.entropy, format.entropy, ctx) },
    { label: 'reports.team.voicesHeard', text: orNone(totals.voicesHeard, format.percent, ctx) },
    { label: 'reports.team.praisePublic', text: format.count(totals.praise.public) },
    { label: 'reports.team.praisePrivate', text: format.count(totals.praise.private) },
  ];
};

