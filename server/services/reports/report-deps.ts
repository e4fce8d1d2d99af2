// What the report use cases need: the viewer's Graph (calendar, meeting lookups, directory), the store, the clock.
import type { Clock, GraphPort, Store } from '../ports';

export type ReportDeps = { graph: GraphPort; store: Store; clock: Clock };
