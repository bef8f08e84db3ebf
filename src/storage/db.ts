import Dexie, { type Table } from 'dexie';
import type { AttemptRecord, ProgressRecord } from './records.ts';
import type { StudioScenarioRecord } from './studio-records.ts';

/** The IndexedDB schema. Index changes need a new `version(n)`; record shapes carry their own schemaVersion. */
export class DefuseDb extends Dexie {
  attempts!: Table<AttemptRecord, string>;
  progress!: Table<ProgressRecord, string>;
  /** The trainer's own scenarios (studio): drafts and published versions. */
  studioScenarios!: Table<StudioScenarioRecord, string>;

  constructor(name = 'defuse') {
    super(name);
    this.version(1).stores({
      attempts: 'id, trainee, [trainee+scenarioId], endedAt',
      progress: 'key, updatedAt',
    });
    // v2 adds the studio's scenarios; existing tables and records are kept as they are (no upgrade needed).
    this.version(2).stores({
      studioScenarios: 'key, updatedAt, publishedId',
    });
  }
}
