// Which lines of an invite are its agenda. Under a heading "Agenda": the first list below it, or else the lines that
// follow it up to a blank line or the next heading. Without such a heading: a list of the invite — the first whose
// items carry timeboxes, else the first numbered one, else the first.
import { splitDuration } from './parse-duration';
import { isAgendaHeading } from './read-line';
import type { AgendaItem, AgendaLine } from './types';

/** Enough for any meeting; keeps the answer small whatever the invite holds. */
export const MAX_ITEMS = 100;
const MAX_TITLE_LENGTH = 300;

const toItem = (line: AgendaLine): AgendaItem => {
  const { title, minutes } = splitDuration(line.text);
  return { title: title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title, minutes };
};

/** Runs of list lines (blank lines inside a list do not end it), each reduced to the items of its outer level. */
const findListRuns = (lines: readonly AgendaLine[]): AgendaLine[][] => {
  const runs: AgendaLine[][] = [];
  let run: AgendaLine[] = [];
  const close = () => {
    if (run.length === 0) return;
    const outer = Math.min(...run.map((line) => line.list?.depth ?? 0));
    runs.push(run.filter((line) => line.list?.depth === outer && !line.isBlank));
    run = [];
  };
  for (const line of lines) {
    if (!line.list) {
      if (!line.isBlank) close();
      continue;
    }
    if (run.length > 0 && run[0]?.list?.key !== line.list.key) close();
    run.push(line);
    if (run.length > MAX_ITEMS * 4) close();
  }
  close();
  return runs.filter((items) => items.length > 0);
};

/** Plain lines right under a heading: from the first line with text to a blank line or the next heading. */
const takePlainLines = (section: readonly AgendaLine[]): AgendaLine[] => {
  const taken: AgendaLine[] = [];
  for (const line of section) {
    if (line.isBlank && taken.length === 0) continue;
    if (line.isBlank || line.isHeading || line.text.endsWith(':')) break;
    taken.push(line);
  }
  return taken;
};

const itemsUnderHeading = (lines: readonly AgendaLine[], headingIndex: number): AgendaItem[] => {
  const rest = lines.slice(headingIndex + 1);
  const end = rest.findIndex((line) => line.isHeading && !line.list);
  const section = end < 0 ? rest : rest.slice(0, end);
  const [firstList] = findListRuns(section);
  return (firstList ?? takePlainLines(section)).map(toItem);
};

export const pickAgendaItems = (lines: readonly AgendaLine[]): AgendaItem[] => {
  const headingIndex = lines.findIndex(isAgendaHeading);
  if (headingIndex >= 0) {
    const items = itemsUnderHeading(lines, headingIndex);
    if (items.length > 0) return items.slice(0, MAX_ITEMS);
  }
  const runs = findListRuns(lines).map((run) => ({ run, items: run.map(toItem) }));
  const chosen =
    runs.find(({ items }) => items.some((item) => item.minutes !== null)) ?? runs.find(({ run }) => run[0]?.list?.isOrdered) ?? runs[0];
  return (chosen?.items ?? []).slice(0, MAX_ITEMS);
};
