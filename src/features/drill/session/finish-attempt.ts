import type { DrillContext } from '../../../domain/drill/drill.types.ts';
import { isEndState } from '../../../domain/scenario/end-states.ts';
import { withHintCost } from '../../../domain/scoring/hint-cost.ts';
import { renderLines, scoreDrill } from '../../../domain/scoring/score-drill.ts';
import { RECORD_VERSION, type AttemptRecord, type StoredScorecard } from '../../../storage/records.ts';
import type { DrillEngine } from './drill-engine.ts';

/** The stored attempt: the engine's scorecard as is (so it equals the CLI's), plus what the app adds. */
export type DrillAttempt = AttemptRecord;

/** The engine's scorecard plus app-side adjustments, kept apart so the engine's numbers stay comparable. */
export type AppScorecard = StoredScorecard;

/** The finished attempt, from the drill machine's context: nothing else is read. */
export function buildAttempt(engine: DrillEngine, context: DrillContext): DrillAttempt {
  const { meta, customer, replies, diagnosis } = context;
  const outcome = isEndState(customer.state) ? customer.state : 'incomplete';
  const card = scoreDrill(engine.scenario, { sim: customer, locale: meta.locale, outcome, diagnosis });
  const hintsUsed = replies.filter((r) => r.hintUsed).length;
  const { score, passed, hintCost } = withHintCost(card, hintsUsed, engine.scenario.passMark);
  const transcript: AttemptRecord['transcript'] = [{ speaker: 'customer', text: engine.scenario.opening[meta.locale], hostility: engine.scenario.persona.startHostility }];
  for (const t of customer.turns) {
    transcript.push({ speaker: 'trainee', text: t.reply });
    transcript.push({ speaker: 'customer', text: renderLines(t.customer, meta.locale), hostility: t.hostility });
  }
  return {
    schemaVersion: RECORD_VERSION,
    id: meta.attemptId,
    trainee: meta.trainee,
    // The app marks attempts from an LMS launch as `lms` when it stores them (app/report-attempts.ts).
    identity: 'typed',
    scenarioId: meta.scenarioId,
    scenarioVersion: meta.scenarioVersion,
    passMark: engine.scenario.passMark,
    locale: meta.locale,
    mode: meta.mode,
    seed: meta.seed,
    replies,
    transcript,
    ...(diagnosis ? { diagnosis } : {}),
    score,
    passed,
    outcome: card.outcome,
    scorecard: { engine: card, hintsUsed, hintCost },
    startedAt: meta.startedAt,
    endedAt: context.endedAt ?? meta.startedAt,
  };
}
