// The agenda as Roundtable shows it after the check-in: the invite's items, in order, with their timeboxes.

/** One step of the agenda; `minutes` is its timebox when the invite gave one ("(10 min)", "– 15'", "1h30"). */
export type AgendaItem = { title: string; minutes: number | null };

export type Agenda = { items: AgendaItem[] };

/** Where a line sits in a list: lines of one list share `key`; `depth` 0 is the list's outer level. */
export type ListPlace = { key: string; depth: number; isOrdered: boolean };

/** A line of the invite as a reader sees it: text decoded and collapsed, list markers taken off. */
export type AgendaLine = {
  text: string;
  list: ListPlace | null;
  /** A heading (<h1>–<h6>, a line in bold, `# …`, or a short line ending in a colon): it ends a section. */
  isHeading: boolean;
  /** An empty paragraph or a rule of dashes: it ends a run of plain lines. */
  isBlank: boolean;
};
