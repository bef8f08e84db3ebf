// Small builders shared by the rules, so every evidence item has the same shape.
import type { MoveId } from '../reply/moves.ts';
import { OFFER_WEIGHED } from '../customer/offer.ts';
import type { Scenario, TurnRecord } from '../scenario/scenario.types.ts';
import type { Dimension, EvidenceItem, MessageRef, Span } from './scorecard.types.ts';

/** The words that triggered a move in a turn, if the classifier said where. */
export function spanOf(turn: TurnRecord, move: MoveId, alike: readonly MoveId[] = []): Span | null {
  const first = turn.analysis.evidence.find((e) => e.move === move);
  if (!first) return null;
  // Readings of the same words overlap ("Would you like a cake by 4:30" as an offer asked for, "a cake by 4:30, or a
  // refund?" as a choice, the whole question as closed): the words shown are the whole stretch that the move's
  // readings — and those of the moves named alike — cover together, so a highlight never stops halfway through the
  // question that earned the point.
  const near = turn.analysis.evidence.filter((e) => e.move === move || alike.includes(e.move));
  let start = first.start;
  let end = first.end;
  for (let grown = true; grown; ) {
    grown = false;
    for (const e of near) {
      if (e.start > end || e.end < start || (e.start >= start && e.end <= end)) continue;
      start = Math.min(start, e.start);
      end = Math.max(end, e.end);
      grown = true;
    }
  }
  return { start, end, text: turn.reply.slice(start, end) };
}

/** Offset of the first evidence for any of the moves (Infinity when none is located). */
export function firstOffset(turn: TurnRecord, moves: readonly MoveId[]): number {
  const starts = turn.analysis.evidence.filter((e) => moves.includes(e.move)).map((e) => e.start);
  return starts.length > 0 ? Math.min(...starts) : Number.POSITIVE_INFINITY;
}

/** A turn in which the customer weighed a concrete remedy (customer/offer.ts). */
export const weighedOffer = (turn: TurnRecord): boolean => turn.signals.some((s) => OFFER_WEIGHED.includes(s));

/**
 * A turn in which the customer weighed a remedy with something to hold the trainee to: any weighed offer but one named with
 * no time at all and nothing else (solution-no-time: 「这个卡应该很快就能办好了，我们会尽量加快的」, "it should be ready very soon,
 * we'll do our best") — the thing she came for, promised for "soon" (scen15ff, blind t32-13).
 */
export const heldOffer = (turn: TurnRecord): boolean => turn.signals.some((s) => OFFER_WEIGHED.includes(s) && s !== 'solution-no-time');

/** Whether the drill ever came to something concrete: an accepted solution or a timed follow-up. */
export const cameToSubstance = (turns: readonly TurnRecord[]): boolean =>
  turns.some((t) => t.signals.includes('solution-accepted') || t.analysis.acts.includes('commit_followup'));

/**
 * Step 5 (docs/training-model.md#step-ask-their-view) is conditional: "if still unhappy, ask their opinion" (問問他的意見), and docs/training-model.md#inbound-call closes "when the
 * customer is ready". A customer who accepted a solution without ever turning one down was not still unhappy
 * with what she was offered, so asking her view was not owed (scen15p: the lift emails, where she closed on the
 * third reply, and every drill a customer closes once the remedy she needs is on the table). A solution she
 * refused or rejected, or an objection she raised against it, is where step 5 was needed: she was still unhappy.
 */
export function preferenceNotNeeded(turns: readonly TurnRecord[], outcome: string, scenario: Scenario): boolean {
  if (outcome !== 'resolved' || !turns.some((t) => t.signals.includes('solution-accepted'))) return false;
  // An objection to what was offered ("doubt", "why only me?", "I need it today") is her still unhappy with
  // it; one that comes once she has accepted (compensation for the wait, the colleague) is a further matter.
  const againstOffer = new Set(scenario.objections.filter((o) => o.raisedWhen === 'offer').map((o) => o.id));
  return !turns.some(
    (t) => t.signals.includes('solution-refused') || t.signals.includes('solution-rejected') || t.objectionsRaised.some((id) => againstOffer.has(id)),
  );
}

/** First turn (1-based) in which any of the moves occurs, or null. */
export function firstTurnWith(turns: readonly TurnRecord[], moves: readonly MoveId[]): TurnRecord | null {
  return turns.find((t) => t.analysis.acts.some((m) => moves.includes(m))) ?? null;
}

/** Builds an evidence item with `scorecards.rules.<key>` / `scorecards.suggestions.<key>` keys. */
export function evidence(
  rule: string,
  dimension: Dimension,
  points: number,
  message: { key: string; params?: MessageRef['params'] },
  at: { turn?: TurnRecord | null; span?: Span | null; suggestion?: { key: string; params?: MessageRef['params'] } | null } = {},
): EvidenceItem {
  return {
    rule,
    dimension,
    turn: at.turn?.turn ?? null,
    span: at.span ?? null,
    points,
    message: { key: `scorecards.rules.${message.key}`, params: message.params ?? {} },
    suggestion: at.suggestion ? { key: `scorecards.suggestions.${at.suggestion.key}`, params: at.suggestion.params ?? {} } : null,
  };
}
