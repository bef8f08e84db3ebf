import Dexie, { type Table } from 'dexie';
import type { LrsTargetRecord, OutboxRecord } from './outbox-record.ts';
import type { AttemptRecord, ProgressRecord } from './records.ts';
import type { StudioScenarioRecord } from './studio-records.ts';

/** The IndexedDB schema. Index changes need a new `version(n)`; record shapes carry their own schemaVersion. */
export class DefuseDb extends Dexie {
  attempts!: Table<AttemptRecord, string>;
  progress!: Table<ProgressRecord, string>;
  /** xAPI statements not yet accepted by an LRS (src/lrs). */
  outbox!: Table<OutboxRecord, number>;
  /** LRS endpoints given by a launch, with their session credentials. */
  lrsTargets!: Table<LrsTargetRecord, string>;
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
    // v3 adds the learning-record outbox (src/lrs); earlier tables and their rows are kept as they are.
    this.version(3).stores({
      outbox: '++seq, status, target',
      lrsTargets: 'id',
    });
  }
}
