import { DEFUSE_IRI, EXT, VERBS } from './iris.ts';
import type { XapiStatement } from './xapi.types.ts';

/** One attempt as read back from an LRS (from its passed/failed statement). */
export interface LrsAttempt {
  /** Defuse's attempt id (context extension), or the statement id for statements from elsewhere. */
  attemptId: string;
  /** Actor's name, else account name, else mbox. */
  trainee: string;
  /** Scenario id when the activity is one of ours (`…/scenarios/<id>`), else the activity IRI. */
  scenarioId: string;
  /** 0–100. */
  score: number;
  passed: boolean;
  /** Dimension id → 0–100, from the result extensions. */
  dimensions: Record<string, number>;
  outcome: string | null;
  mode: string | null;
  /** easy, standard or hard; null for statements from before difficulty existed. */
  difficulty: string | null;
  /** When the attempt ended. */
  timestamp: string;
}

const SCENARIO_PREFIX = `${DEFUSE_IRI}/scenarios/`;

/** Reads a passed/failed statement written by Defuse (or a cmi5 AU of ours); null for anything else. */
export function readJudgedStatement(s: XapiStatement): LrsAttempt | null {
  const passed = s.verb.id === VERBS.passed.id;
  if (!passed && s.verb.id !== VERBS.failed.id) return null;
  const scaled = s.result?.score?.scaled;
  if (typeof scaled !== 'number') return null;
  const ext = s.result?.extensions ?? {};
  const dimensions: Record<string, number> = {};
  for (const [key, value] of Object.entries(ext)) if (key.startsWith(EXT.dimension) && typeof value === 'number') dimensions[key.slice(EXT.dimension.length)] = value;
  const ctx = s.context?.extensions ?? {};
  const id = s.object.id;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    attemptId: str(ctx[EXT.attempt]) ?? s.id,
    trainee: s.actor.name ?? s.actor.account?.name ?? s.actor.mbox ?? '?',
    scenarioId: id.startsWith(SCENARIO_PREFIX) ? decodeURIComponent(id.slice(SCENARIO_PREFIX.length)) : id,
    score: Math.round(scaled * 100),
    passed,
    dimensions,
    outcome: str(ext[EXT.outcome]),
    mode: str(ctx[EXT.mode]),
    difficulty: str(ctx[EXT.difficulty]),
    timestamp: s.timestamp,
  };
}
