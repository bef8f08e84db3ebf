/** Version of the studio scenario record shape; bump it and repair older records on load. */
export const STUDIO_RECORD_VERSION = 1;

/** A saved scenario test, stored as authored (validated by the domain's test-plan schema on use). */
export type StoredScenarioTest = Record<string, unknown>;

/** One of the trainer's own scenarios in the studio. */
export interface StudioScenarioRecord {
  schemaVersion: typeof STUDIO_RECORD_VERSION;
  /** Storage key, independent of the scenario id (which the trainer may edit). */
  key: string;
  /** Name in the studio library (rename changes this only). */
  name: string;
  /** The draft: editor text exactly as typed, valid or not (kept across reloads). */
  draft: string;
  /** The last published text; only ever a scenario that validated. Null until first published. */
  published: string | null;
  /** Scenario id of the published text: the trainee library lists it under this id. */
  publishedId: string | null;
  /** Saved transcripts with expected outcome and score range. */
  tests: StoredScenarioTest[];
  /** Strings drafted by OpenCC (`<path>:<locale>` → drafted text); marked until a person changes them. */
  machineConverted?: Record<string, string>;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
}
