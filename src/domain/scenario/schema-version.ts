/**
 * The scenario format version. Its own module (no zod), so migration can run where the schema is not
 * loaded, e.g. when the trainee library reads published studio scenarios on first visit.
 */
export const SCHEMA_VERSION = 5;
