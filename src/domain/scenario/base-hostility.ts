// The engine-wide part of a turn: hostility changes from the moves themselves, persona-weighted, plus the
// signals (solution accepted/rejected, question answered/curt, …) that reactions and scoring listen for.
import type { ReplyAnalysis } from '../reply/reply.types.ts';
import { isHarmful, type MoveId } from '../reply/moves.ts';
import {
  ANGER, ANSWERED_RELIEF, CURT_ANGER, diminish, FORBIDDEN_ANGER, IGNORED_ANGER, IGNORED_WHEN_CALM_ANGER,
  LONG_REPLY_ANGER, MAX_RELIEF_PER_TURN, NAME_RELIEF, PERSONA_WEIGHTS, PREMATURE_SOLUTION_ANGER, RELIEF,
  NO_PROGRESS_ANGER, replyWeight, SOLUTION_RELIEF,
} from './hostility-rules.ts';
import { orderByTopic } from './fact-topics.ts';
import type { BaseTurn, Fact, HostilityChange, Scenario, Signal, SimState } from './scenario.types.ts';

export type { BaseTurn };

/**
 * Moves that acknowledge the feeling (000_08713545b2ee6cbf.txt step 2; DOMAIN.md §2). A paraphrase restates the facts: it calms
 * a little (RELIEF) but does not by itself open the door to solutions.
 */
export const FEELING_MOVES: readonly MoveId[] = ['apologize', 'empathize', 'acknowledge'];
/** Moves that go after the facts. */
export const QUESTION_MOVES: readonly MoveId[] = ['ask_open', 'ask_closed'];


const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** True when the reply addresses the customer by name (any locale's form or an alias). */
export function usesName(scenario: Scenario, text: string): boolean {
  const folded = text.toLowerCase();
  const forms = [...Object.values(scenario.persona.name), ...(scenario.persona.aliases ?? [])];
  return forms.some((f) => f.trim() !== '' && folded.includes(f.toLowerCase()));
}

export function computeBaseTurn(scenario: Scenario, sim: SimState, text: string, analysis: ReplyAnalysis): BaseTurn {
  const weights = PERSONA_WEIGHTS[scenario.persona.personality];
  const acts = new Set(analysis.acts);
  const changes: HostilityChange[] = [];
  const signals: Signal[] = [];
  const add = (cause: string, delta: number) => {
    if (delta !== 0) changes.push({ cause, delta: Math.round(delta) });
  };

  for (const move of analysis.acts) {
    if (isHarmful(move)) {
      add(`move/${move}`, (ANGER[move] ?? 0) * (weights.anger[move] ?? 1));
      continue;
    }
    const base = RELIEF[move];
    if (base === undefined) continue;
    if (move === 'move_private' && scenario.setting !== 'face_to_face') continue;
    if (move === 'greet' && sim.turn > 0) continue;
    const nth = (sim.moveCounts[move] ?? 0) + 1;
    add(`move/${move}`, -diminish(base, nth) * (weights.relief[move] ?? 1));
  }
  for (const hit of analysis.forbidden) add(`forbidden/${hit.id}`, FORBIDDEN_ANGER);
  if (analysis.forbidden.length > 0 || analysis.acts.some(isHarmful)) signals.push('provoked');
  if (analysis.acts.length === 0 && analysis.forbidden.length === 0) {
    add('ignored', sim.hostility >= scenario.thresholds.mid ? IGNORED_ANGER : IGNORED_WHEN_CALM_ANGER);
    signals.push('ignored');
  }
  const progress = analysis.acts.some((m) => !isHarmful(m) && m !== 'acknowledge' && (m !== 'greet' || sim.turn === 0));
  if (!progress && sim.hostility >= scenario.thresholds.mid) add('no-progress', NO_PROGRESS_ANGER);
  if (usesName(scenario, text)) {
    add('name-used', -NAME_RELIEF * (weights.relief.name ?? 1));
    signals.push('name-used');
  }
  if (weights.longReply !== null && replyWeight(text) > weights.longReply) {
    add('long-reply', LONG_REPLY_ANGER);
    signals.push('long-reply');
  }

  const feelingsAcknowledged = sim.feelingsAcknowledged || FEELING_MOVES.some((m) => acts.has(m));
  const sum = (list: HostilityChange[]) => list.reduce((s, c) => s + c.delta, sim.hostility);
  let hostility = clamp(sum(changes));

  // Questions: answered in full only once the customer has cooled down enough (000_08713545b2ee6cbf.txt 敵意曲線).
  const factsRevealed: string[] = [];
  let curtFact: string | null = null;
  // "Does that work for you?" (ask_preference) asks about the plan, not the story: it reveals nothing.
  const factMoves = new Set(analysis.acts.filter((m) => !isHarmful(m) && !(m === 'ask_closed' && acts.has('ask_preference'))));
  // "Go on, I'm listening" (acknowledge) invites the story: the customer volunteers the next fact (聽, 000_08713545b2ee6cbf.txt).
  const invited = factMoves.has('acknowledge');
  const asked = (f: Fact) => f.revealedBy.some((m) => m !== 'acknowledge' && factMoves.has(m));
  // A question about something in particular ("what did they say on the phone?") brings out the fact with
  // that topic first; otherwise, and when only invited to go on, the story comes in the scenario's order.
  const candidates = orderByTopic(
    scenario.facts.filter((f) => !sim.factsKnown.includes(f.id) && (invited || f.revealedBy.some((m) => factMoves.has(m)))),
    text,
    asked,
  );
  const fact = candidates[0];
  if (fact && hostility <= fact.maxHostility && analysis.forbidden.length === 0) {
    factsRevealed.push(fact.id);
    // A reply that both asks openly and confirms (paraphrase/closed question) can bring out a second fact.
    const second = candidates[1];
    const askedTwice = [...factMoves].filter((m) => QUESTION_MOVES.includes(m) || m === 'paraphrase').length >= 2;
    if (second && askedTwice && hostility <= second.maxHostility) factsRevealed.push(second.id);
    add('question-answered', -ANSWERED_RELIEF * (weights.relief.answered ?? 1));
    signals.push('question-answered');
  } else if (fact && QUESTION_MOVES.some((m) => factMoves.has(m))) {
    curtFact = fact.id;
    add('question-curt', CURT_ANGER);
    signals.push('question-curt');
  }

  // Solutions: rejected before the feeling is acknowledged; not yet heard while still hot or uninformed.
  let solutionAccepted = sim.solutionAccepted;
  if (acts.has('propose_solution')) {
    hostility = clamp(sum(changes));
    const known = sim.factsKnown.length + factsRevealed.length;
    if (!feelingsAcknowledged) {
      add('solution-rejected', PREMATURE_SOLUTION_ANGER);
      signals.push('solution-rejected');
    } else if (hostility > scenario.thresholds.acceptSolution) {
      signals.push('solution-too-hot');
    } else if (known === 0) {
      signals.push('solution-uninformed');
    } else {
      const relief = sim.solutionAccepted ? SOLUTION_RELIEF / 4 : SOLUTION_RELIEF;
      add('solution-accepted', -relief * (weights.relief.solution ?? 1));
      signals.push('solution-accepted');
      solutionAccepted = true;
    }
  }
  const total = changes.reduce((t, c) => t + c.delta, 0);
  if (total < -MAX_RELIEF_PER_TURN) add('relief-cap', -MAX_RELIEF_PER_TURN - total);
  hostility = clamp(sum(changes));
  return { changes, hostility, signals, factsRevealed, curtFact, feelingsAcknowledged, solutionAccepted };
}
