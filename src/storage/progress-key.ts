// The key and version of a drill in progress, without the schema (zod loads with the drill, not on the
// library's first visit; progress-record.ts holds the schema).
export const PROGRESS_VERSION = 2;
/** The version of a drill in progress set aside (progress-record.ts, SetAsideProgressSchema). */
export const SET_ASIDE_VERSION = 1;

/** `${trainee}\u0000${scenarioId}`: one drill in progress per trainee and scenario. */
export const progressKey = (trainee: string, scenarioId: string) => `${trainee}\u0000${scenarioId}`;
