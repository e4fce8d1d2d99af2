// Every table, for Drizzle's typed queries. Each feature keeps its tables in its own file under schema/.
export * from './schema/core';
export * from './schema/live-events';
export * from './schema/checkin';
export * from './schema/speaking';
export * from './schema/speaking-timeline';
export * from './schema/turns';
export * from './schema/graph-subscriptions';
export * from './schema/praise';
