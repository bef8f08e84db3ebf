// The moves a reading owes to the learned back-off, with the trainee's own words that earned each — what the practice
// feedback, the scorecard and the studio preview show as "learned from the labelled replies: '…'".
import type { MoveId } from '../moves.ts';
import type { Evidence } from '../reply.types.ts';

/** Rule ids of the back-off's evidence start with this (`backoff/<move>`). */
export const BACKOFF_RULE_PREFIX = 'backoff/';

/** A move the back-off added, and the words (spans of the original reply, in text order) that earned it. */
export interface LearnedMove {
  move: MoveId;
  words: string[];
}

export const isLearned = (e: Pick<Evidence, 'rule'>): boolean => e.rule.startsWith(BACKOFF_RULE_PREFIX);

/** The learned moves of a reading of `text`, in the order their first words appear. */
export function learnedMoves(text: string, evidence: readonly Evidence[]): LearnedMove[] {
  const out: LearnedMove[] = [];
  for (const e of evidence) {
    if (!isLearned(e)) continue;
    const words = text.slice(e.start, e.end);
    const had = out.find((l) => l.move === e.move);
    if (had) had.words.push(words);
    else out.push({ move: e.move, words: [words] });
  }
  return out;
}
