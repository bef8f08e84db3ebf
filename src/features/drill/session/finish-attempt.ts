import type { DrillContext } from '../../../domain/drill/drill.types.ts';
import { scenarioOfDrill } from '../../../domain/drill/drill-machine.ts';
import { difficultyOf } from '../../../domain/scenario/playable.ts';
import { isEndState } from '../../../domain/scenario/end-states.ts';
import { withHintCost } from '../../../domain/scoring/hint-cost.ts';
import { renderLines, scoreDrill } from '../../../domain/scoring/score-drill.ts';
import { RECORD_VERSION, type AttemptRecord } from '../../../storage/records.ts';
import type { DrillEngine } from './drill-engine.ts';

/** The stored attempt: the engine's scorecard as is (so it equals the CLI's), plus what the app adds. */
export type DrillAttempt = AttemptRecord;

/** The finished attempt, from the drill machine's context: nothing else is read. */
export function buildAttempt(engine: DrillEngine, context: DrillContext): DrillAttempt {
  const { meta, customer, replies, diagnosis } = context;
  const outcome = isEndState(customer.state) ? customer.state : 'incomplete';
  // Scored against the scenario as played: its difficulty's objections, the seed's name and details.
  const played = scenarioOfDrill(engine.scenario, meta);
  const card = scoreDrill(played, { sim: customer, locale: meta.locale, outcome, diagnosis });
  const hintsUsed = replies.filter((r) => r.hintUsed).length;
  const { score, passed, hintCost } = withHintCost(card, hintsUsed, played.passMark);
  const transcript: AttemptRecord['transcript'] = [{ speaker: 'customer', text: played.opening[meta.locale], hostility: played.persona.startHostility }];
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
    difficulty: difficultyOf(meta.difficulty),
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
