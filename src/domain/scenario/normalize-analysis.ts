// Reconciles contradictory moves in one analysis before the customer reacts to it. A reply that offers a
// concrete remedy or a timed follow-up has given a real answer, so it cannot also be `vague`
// ("noncommittal, evasive, no real answer", DOMAIN.md §8); a stray vague match inside it (e.g. "I'll see
// this through") must not make the customer reject the remedy.
import type { MoveId } from '../reply/moves.ts';
import type { ReplyAnalysis } from '../reply/reply.types.ts';

const CONCRETE: readonly MoveId[] = ['propose_solution', 'commit_followup'];

export function normalizeAnalysis(analysis: ReplyAnalysis): ReplyAnalysis {
  const concrete = analysis.acts.some((m) => CONCRETE.includes(m));
  if (!concrete || !analysis.acts.includes('vague')) return analysis;
  return {
    ...analysis,
    acts: analysis.acts.filter((m) => m !== 'vague'),
    evidence: analysis.evidence.filter((e) => e.move !== 'vague'),
    // Forbidden hits are kept: a listed phrase is graded as wording whatever else the reply says.
  };
}
