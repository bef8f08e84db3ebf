// emotionFirst: 先處理情感,後處理事件 — handle the feeling first, then the matter
// (docs/training-model.md#principle). Trying to solve before acknowledging the
// feeling "rarely works" (docs/training-model.md#step-vent). The dimension starts at 100; every question or solution that comes
// before the feeling was acknowledged costs points, and so does a reply of facts alone (scen15cc).
import { isBareToken } from '../../customer/hollow-remark.ts';
import { feelingMovesFor } from '../../customer/move-groups.ts';
import { isHarmful, type MoveId } from '../../reply/moves.ts';
import { evidence, firstOffset, spanOf } from '../evidence.ts';
import { suggestWithExample } from '../scenario-example.ts';
import type { TurnRecord } from '../../scenario/scenario.types.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';

/** Points lost per fact-first move, before the feeling was acknowledged. */
export const EARLY: Partial<Record<MoveId, number>> = { ask_open: -25, ask_closed: -25, propose_solution: -35 };
/** Same reply, but the question or solution came before the apology in the text. */
export const SAME_REPLY_POINTS = -10;
/**
 * A reply before the feeling was acknowledged that does nothing for it — no greeting, thanks, question, remedy or
 * feeling, only facts or a request for them ("请提供订单号。", "Confirm the delivery address.", "Found it: your slot is
 * 1–3pm.") — is facts first as much as a question is, and costs as much (blind t29-16: three such replies took her to 99,
 * and emotion-first lost nothing because none of them was read as a question, so the drill scored like good handling).
 * A harmful move alone (a rule cited) is no help to the feeling either; `explain` alone is facts.
 */
export const COLD_POINTS = -25;
/**
 * A read-back alone is the matter too (scen15ff, blind t32-32): 「系统里有您的订位记录，靠窗桌，八位。蛋糕这边我还在查。」 ("Our system
 * shows your booking: a window table for eight") after two questions, before any word for her feeling, restates the facts
 * (move-groups.ts: a paraphrase restates the facts) — facts first, not the feeling first. No good drill of the blind sets
 * opens with a read-back alone; with a feeling word or a question beside it, it is not charged as cold.
 */
const cold = (acts: readonly MoveId[]): boolean => acts.every((m) => isHarmful(m) || m === 'explain' || m === 'paraphrase');
/**
 * A feeling move's words that are a bare token — 「好的，」, 「嗯，」, "OK", "Right" before the questions — acknowledge nothing of
 * hers (scen15gg, blind t35-02, t35-23, t35-30: 「好的，请问您的订单号是多少？」 and "OK. Which mailboxes exactly…?" were credited as
 * meeting the feeling, so the cold questions after them were never charged). Only a feeling move said in words of its own
 * counts; a reply whose only feeling word is such a token is read without it.
 */
const bareWords = (turn: TurnRecord, e: { start: number; end: number }): boolean => isBareToken(turn.reply.slice(e.start, e.end));
/** Whether the reply's words for `move` are only bare tokens (a move read with no words shown is taken at its word). */
const onlyBare = (turn: TurnRecord, move: MoveId): boolean => {
  const said = turn.analysis.evidence.filter((e) => e.move === move);
  return said.length > 0 && said.every((e) => bareWords(turn, e));
};
/** The feeling moves of a reply said in words of their own. */
export const feelingActs = (turn: TurnRecord, moves: readonly MoveId[]): MoveId[] =>
  turn.analysis.acts.filter((m) => moves.includes(m) && !onlyBare(turn, m));
/** Where the first feeling word said in words of its own starts. */
const firstFeelingOffset = (turn: TurnRecord, moves: readonly MoveId[]): number =>
  firstOffset({ ...turn, analysis: { ...turn.analysis, evidence: turn.analysis.evidence.filter((e) => !bareWords(turn, e)) } }, feelingActs(turn, moves));
const actsWithoutBare = (turn: TurnRecord): MoveId[] => turn.analysis.acts.filter((m) => m !== 'acknowledge' || !onlyBare(turn, m));
export const NEVER_POINTS = -100;
/** Telling an upset customer to calm down is the opposite of handling the feeling first (docs/training-model.md#angry-customer). */
export const DISMISS_POINTS = -40;

export const rule: ScoringRule = {
  id: 'feelings-first',
  dimension: 'emotionFirst',
  evaluate: ({ turns, scenario, locale }) => {
    const items: EvidenceItem[] = [];
    // A calm suggestion-giver's feeling step can be the thanks she is met with (move-groups.ts).
    const feeling = (turn: number) => feelingMovesFor(scenario, turn);
    const firstFeeling = turns.find((t) => feelingActs(t, feeling(t.turn)).length > 0);
    if (!firstFeeling) {
      return turns.length === 0 ? [] : [evidence('feelings-first', 'emotionFirst', NEVER_POINTS, { key: 'feelingNeverAcknowledged' }, { suggestion: { key: 'apologizeFirst' } })];
    }
    for (const turn of turns) {
      if (turn.turn > firstFeeling.turn) break;
      // A bare 好 / OK / 嗯 is not facts: it is said nothing for, rather than blamed as facts first (play-through).
      if (turn.turn < firstFeeling.turn && cold(actsWithoutBare(turn)) && !isBareToken(turn.reply)) {
        items.push(evidence('feelings-first', 'emotionFirst', COLD_POINTS, { key: 'coldBeforeFeelings' }, { turn, suggestion: { key: 'apologizeFirst' } }));
      }
      for (const [move, points] of Object.entries(EARLY) as [MoveId, number][]) {
        if (!turn.analysis.acts.includes(move)) continue;
        if (turn.turn < firstFeeling.turn) {
          items.push(evidence('feelings-first', 'emotionFirst', points, { key: `factsBeforeFeelings.${move}` }, { turn, span: spanOf(turn, move), suggestion: { key: 'apologizeFirst' } }));
        } else if (firstOffset(turn, [move]) < firstFeelingOffset(turn, feeling(turn.turn))) {
          items.push(evidence('feelings-first', 'emotionFirst', SAME_REPLY_POINTS, { key: 'factsBeforeFeelingsInReply' }, { turn, span: spanOf(turn, move), suggestion: { key: 'apologizeFirst' } }));
        }
      }
    }
    for (const turn of turns.filter((t) => t.analysis.acts.includes('dismiss_emotion'))) {
      items.push(evidence('feelings-first', 'emotionFirst', DISMISS_POINTS, { key: 'dismissedFeeling' }, { turn, span: spanOf(turn, 'dismiss_emotion'), suggestion: suggestWithExample(scenario, locale, 'nameTheFeeling') }));
    }
    items.push(evidence('feelings-first', 'emotionFirst', 0, { key: 'feelingAcknowledged' }, { turn: firstFeeling, span: spanOf(firstFeeling, feelingActs(firstFeeling, feeling(firstFeeling.turn))[0] ?? 'apologize') }));
    return items;
  },
};
