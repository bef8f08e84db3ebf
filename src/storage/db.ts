import Dexie, { type Table } from 'dexie';
import type { LrsTargetRecord, OutboxRecord } from './outbox-record.ts';
import type { ProgressRecord, SetAsideProgressRecord } from './progress-record.ts';
import type { AttemptRecord } from './records.ts';
import type { ImportMarkRecord, OverrideRecord, SettingRecord } from './scorecards-records.ts';
import type { StudioScenarioRecord } from './studio-records.ts';
import type { MisreadFlag } from '../domain/records/misread-flag.ts';

/** The IndexedDB schema. Index changes need a new `version(n)`; record shapes carry their own schemaVersion. */
export class DefuseDb extends Dexie {
  attempts!: Table<AttemptRecord, string>;
  progress!: Table<ProgressRecord, string>;
  /** Drills in progress that could not be resumed (damaged, or started on a scenario changed since), kept as they were until the trainee discards them. */
  setAsideProgress!: Table<SetAsideProgressRecord, number>;
  /** xAPI statements not yet accepted by an LRS (src/lrs). */
  outbox!: Table<OutboxRecord, number>;
  /** LRS endpoints given by a launch, with their session credentials. */
  lrsTargets!: Table<LrsTargetRecord, string>;
  /** Trainer overrides of attempt scores (scorecards dashboard); the engine's scores stay on the attempt. */
  overrides!: Table<OverrideRecord, number>;
  /** How each imported attempt compared with a fresh scoring of its transcript. */
  importMarks!: Table<ImportMarkRecord, string>;
  /** Small settings, e.g. the dashboard passcode's PBKDF2 record (never the passcode itself). */
  settings!: Table<SettingRecord, string>;
  /** The trainer's own scenarios (studio): drafts and published versions. */
  studioScenarios!: Table<StudioScenarioRecord, string>;
  /** Trainees' "I think this was misread" flags and their review (flags-storage.ts); kept apart from the attempts. */
  flags!: Table<MisreadFlag, string>;

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
    // v4 adds the scorecards dashboard's tables; attempts and every earlier table are kept as they are.
    this.version(4).stores({
      overrides: '++seq, attemptId, scenarioId',
      importMarks: 'attemptId',
      settings: 'key',
    });
    // v5 adds the misread flags; every earlier table and its rows are kept as they are.
    this.version(5).stores({
      flags: 'id, attemptId, status, createdAt',
    });
    // v6 adds the damaged drills in progress set aside (never deleted unasked); every earlier table and its rows are kept as they are.
    this.version(6).stores({
      setAsideProgress: '++id, key',
    });
  }
}
