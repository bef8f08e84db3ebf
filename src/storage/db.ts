import Dexie, { type Table } from 'dexie';
import type { AttemptRecord, ProgressRecord } from './records.ts';

/** The IndexedDB schema. Index changes need a new `version(n)`; record shapes carry their own schemaVersion. */
export class DefuseDb extends Dexie {
  attempts!: Table<AttemptRecord, string>;
  progress!: Table<ProgressRecord, string>;

  constructor(name = 'defuse') {
    super(name);
    this.version(1).stores({
      attempts: 'id, trainee, [trainee+scenarioId], endedAt',
      progress: 'key, updatedAt',
    });
  }
}
