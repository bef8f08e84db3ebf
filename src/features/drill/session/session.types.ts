import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { DrillMode, StoredDiagnosis, StoredReply } from '../../../storage/records.ts';

/** Which screen of a drill is showing. */
export type DrillPhase = 'briefing' | 'conversation' | 'diagnosis' | 'finished';

/** What identifies one attempt; fixed when the drill starts. */
export interface AttemptMeta {
  attemptId: string;
  trainee: string;
  scenarioId: string;
  scenarioVersion: string;
  /** Locale the replies are classified in (the UI language when the drill started). */
  locale: Locale;
  mode: DrillMode;
  seed: number;
  startedAt: string;
}

export interface SessionSnapshot {
  phase: DrillPhase;
  meta: AttemptMeta;
  replies: StoredReply[];
  diagnosis: StoredDiagnosis | null;
}
