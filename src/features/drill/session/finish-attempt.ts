import type { Diagnosis, Scorecard } from '../../../domain/scoring/scorecard.types.ts';
import type { SimState } from '../../../domain/scenario/scenario.types.ts';
import { isEndState } from '../../../domain/scenario/simulate-turn.ts';
import { scoreDrill } from '../../../domain/scoring/score-drill.ts';
import { withHintCost } from '../../../domain/scoring/hint-cost.ts';
import { RECORD_VERSION, type AttemptRecord, type StoredDiagnosis } from '../../../storage/records.ts';
import { renderSegments } from '../conversation/chat-lines.ts';
import type { DrillEngine } from './drill-engine.ts';
import type { SessionSnapshot } from './session.types.ts';

/** The stored attempt: the engine's scorecard as is (so it equals the CLI's), plus what the app adds. */
export type DrillAttempt = AttemptRecord<AppScorecard>;

/** The engine's scorecard plus app-side adjustments, kept apart so the engine's numbers stay comparable. */
export interface AppScorecard {
  engine: Scorecard;
  hintsUsed: number;
  hintCost: number;
}

export function toDiagnosis(d: StoredDiagnosis | null): Diagnosis | null {
  if (!d) return null;
  return { ...(d.cause && { cause: d.cause as Diagnosis['cause'] }), ...(d.motive && { motive: d.motive as Diagnosis['motive'] }), ...(d.severity && { severity: d.severity as Diagnosis['severity'] }) };
}

export function buildAttempt(engine: DrillEngine, s: SessionSnapshot, sim: SimState, now: Date): DrillAttempt {
  const outcome = isEndState(sim.state) ? sim.state : 'incomplete';
  const card = scoreDrill(engine.scenario, { sim, locale: s.meta.locale, outcome, diagnosis: toDiagnosis(s.diagnosis) });
  const hintsUsed = s.replies.filter((r) => r.hintUsed).length;
  const { score, passed, hintCost } = withHintCost(card, hintsUsed, engine.scenario.passMark);
  const transcript: AttemptRecord['transcript'] = [{ speaker: 'customer', text: engine.scenario.opening[s.meta.locale], hostility: engine.scenario.persona.startHostility }];
  for (const t of sim.turns) {
    transcript.push({ speaker: 'trainee', text: t.reply });
    transcript.push({ speaker: 'customer', text: renderSegments(t.customer, s.meta.locale), hostility: t.hostility });
  }
  return {
    schemaVersion: RECORD_VERSION,
    id: s.meta.attemptId,
    trainee: s.meta.trainee,
    scenarioId: s.meta.scenarioId,
    scenarioVersion: s.meta.scenarioVersion,
    locale: s.meta.locale,
    mode: s.meta.mode,
    seed: s.meta.seed,
    replies: s.replies,
    transcript,
    ...(s.diagnosis ? { diagnosis: s.diagnosis } : {}),
    score,
    passed,
    outcome: card.outcome,
    scorecard: { engine: card, hintsUsed, hintCost },
    startedAt: s.meta.startedAt,
    endedAt: now.toISOString(),
  };
}
