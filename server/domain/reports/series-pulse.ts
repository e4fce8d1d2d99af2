// The pulse over a whole series, without ever showing an aggregate that fewer than MIN_GROUP_SIZE people are behind
// and without letting it be subtracted back into a withheld occurrence.
//
// The store counts pulse respondents per occurrence, not distinct people across occurrences. The rule, per scale:
// - only occurrences whose own average is shown (at least MIN_GROUP_SIZE people) take part. Were a withheld one mixed
//   in, the series average minus the shown occurrences' averages would give the withheld one back;
// - the series average is the mean over all their answers (occurrence averages weighted by their people);
// - it is shown when at least one occurrence takes part, which alone puts MIN_GROUP_SIZE distinct people behind it;
//   `people` is that guaranteed lower bound, the most people any one taking part had (the same person answers again
//   next week, so adding the counts up would overstate it). With none taking part it is withheld.
import { guard } from './guard';
import type { Guarded, MeetingPulse } from './types';

const seriesScale = (scales: ReadonlyArray<Guarded<number>>): Guarded<number> => {
  const shown = scales.flatMap((scale) => (scale.shown ? [scale] : []));
  if (shown.length === 0) return { shown: false, people: Math.max(0, ...scales.map((scale) => scale.people)) };
  const answers = shown.reduce((sum, scale) => sum + scale.people, 0);
  const mean = shown.reduce((sum, scale) => sum + scale.value * scale.people, 0) / answers;
  return guard(mean, Math.max(...shown.map((scale) => scale.people)));
};

/** Null when no occurrence of the series asked the pulse. */
export const seriesPulse = (pulses: ReadonlyArray<MeetingPulse | null>): MeetingPulse | null => {
  const asked = pulses.filter((pulse): pulse is MeetingPulse => pulse !== null);
  if (asked.length === 0) return null;
  return { freedom: seriesScale(asked.map((pulse) => pulse.freedom)), inclusion: seriesScale(asked.map((pulse) => pulse.inclusion)) };
};
