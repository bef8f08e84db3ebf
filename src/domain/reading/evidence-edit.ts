// Editing an analysis after the classifier: the reading's second thoughts (reconcile.ts) take evidence away, and
// what only the scenario can hear (read-back.ts, recap-list.ts) adds it. Moves stay in the vocabulary's order.
import { MOVE_IDS, type MoveId } from '../reply/moves.ts';
import type { Evidence, ReplyAnalysis } from '../reply/reply.types.ts';

/**
 * The analysis with only the evidence `keep` accepts. Of `moves`, a move goes only when every piece of its
 * evidence went (or it had none). Forbidden hits are kept: a listed phrase is graded as wording whatever else
 * the reply says.
 */
export function dropEvidence(analysis: ReplyAnalysis, keep: (e: Evidence) => boolean, moves: readonly MoveId[]): ReplyAnalysis {
  const evidence = analysis.evidence.filter(keep);
  const gone = moves.filter((m) => !evidence.some((e) => e.move === m));
  return { ...analysis, evidence, acts: analysis.acts.filter((m) => !gone.includes(m)) };
}

/** The analysis with one more piece of evidence, in reply order, and its move among the acts. */
export function addEvidence(analysis: ReplyAnalysis, added: Evidence): ReplyAnalysis {
  const evidence = [...analysis.evidence, added].sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...analysis, evidence, acts: MOVE_IDS.filter((m) => m === added.move || analysis.acts.includes(m)) };
}
