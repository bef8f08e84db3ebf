import type { MoveId } from '../moves.ts';
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';

/** A finding in the folded text; `rule` overrides the rule's default id for sub-cases. */
export interface Finding extends Span {
  rule?: string;
  /** The lexicon entry behind the finding, when one pattern found it. */
  entry?: string;
}

/** One scoring rule: detects one move. One rule per file (docs/architecture.md#one-rule-per-file). */
export interface Rule {
  /** The move this rule detects. */
  move: MoveId;
  /** Default evidence rule id, `<move>/lexicon` unless the rule says otherwise. */
  id: string;
  detect(ctx: ReplyContext): Finding[];
}
