import type { Reader } from '../reading/read-reply.ts';
import { runDrill } from '../drill/run-drill.ts';
import { difficultyOf } from '../scenario/playable.ts';
import type { Scenario } from '../scenario/scenario.types.ts';
import { scoreDrill } from '../scoring/score-drill.ts';
import { withHintCost } from '../scoring/hint-cost.ts';
import { scenarioVersionOf } from '../scenario/scenario-version.ts';

export { scenarioVersionOf };
import type { Diagnosis } from '../scoring/scorecard.types.ts';
import { DIMENSIONS, type AttemptLike } from './attempt.types.ts';

/** The scores the engine gives an attempt today (described once, by the import mark's schema). */
export type { Rescored } from './schemas/import-mark.schema.ts';
import type { Rescored } from './schemas/import-mark.schema.ts';

/** How an imported attempt compares with a fresh scoring of its transcript. */
export type Verdict =
  /** Same scores: the file is as exported and the engine agrees. */
  | { status: 'verified'; recomputed: Rescored }
  /** Different scores: the file was edited, or another engine version scored it. */
  | { status: 'mismatch'; recomputed: Rescored; fields: string[] }
  /** The scenario version it names is not available here, so it cannot be re-scored. */
  | { status: 'unverifiable'; reason: 'unknownScenario' | 'otherVersion' };

const DIAGNOSIS_KEYS = ['cause', 'motive', 'severity'] as const;

/** Replays the attempt's replies with its seed, difficulty and locale through the scenario and scores it. */
export function rescore(attempt: Pick<AttemptLike, 'replies' | 'seed' | 'locale' | 'diagnosis' | 'difficulty'>, scenario: Scenario, read: Reader): Rescored {
  const run = runDrill(
    scenario,
    attempt.replies.map((r) => r.text),
    { read, seed: attempt.seed, difficulty: difficultyOf(attempt.difficulty), locale: attempt.locale, waited: attempt.replies.map((r) => r.waited) },
  );
  const diagnosis: Diagnosis | null = attempt.diagnosis ? (Object.fromEntries(DIAGNOSIS_KEYS.filter((k) => attempt.diagnosis?.[k]).map((k) => [k, attempt.diagnosis?.[k]])) as Diagnosis) : null;
  const card = scoreDrill(run.played, { sim: run.sim, outcome: run.outcome, locale: attempt.locale, diagnosis, unplayed: run.unplayed });
  const { score, passed } = withHintCost(card, attempt.replies.filter((r) => r.hintUsed).length, scenario.passMark);
  return {
    score,
    passed,
    outcome: card.outcome,
    dimensions: { ...card.dimensions },
  };
}

/** Compares an attempt's stored scores with a fresh scoring. `scenario` is null when its id is unknown here. */
export function verifyAttempt(attempt: AttemptLike, scenario: Scenario | null, read: Reader | null): Verdict {
  if (!scenario || !read) return { status: 'unverifiable', reason: 'unknownScenario' };
  if (scenarioVersionOf(scenario) !== attempt.scenarioVersion) return { status: 'unverifiable', reason: 'otherVersion' };
  const recomputed = rescore(attempt, scenario, read);
  const fields: string[] = [];
  if (recomputed.score !== attempt.score) fields.push('score');
  if (recomputed.passed !== attempt.passed) fields.push('passed');
  if (recomputed.outcome !== attempt.outcome) fields.push('outcome');
  const stored = attempt.scorecard.engine.dimensions;
  for (const d of DIMENSIONS) if (stored[d] !== recomputed.dimensions[d]) fields.push(d);
  return fields.length === 0 ? { status: 'verified', recomputed } : { status: 'mismatch', recomputed, fields };
}
