// One turn of the simulated customer, as a pure function: (scenario, state, reply, reading) → state.
// The engine's steps weigh the reply (harm, repetition, feelings, questions, understanding, the offer,
// objections, patience); then the scenario's reactions, tried in order, may add a line, a hostility
// change and a move to another state; then the customer speaks (lines.ts). The drill machine wraps it.
import { remark } from './remarks.ts';
import type { Reading } from '../reading/reading.types.ts';
import type { MoveId } from '../reply/moves.ts';
import { isEndState } from '../scenario/end-states.ts';
import type { BaseTurn, Reaction, Scenario, SimState, TurnRecord } from '../scenario/scenario.types.ts';
import { feelings } from './feelings.ts';
import { harm, harmsHer } from './harm.ts';
import { hollowRemark } from './hollow-remark.ts';
import { MAX_RELIEF_PER_TURN, STRIKES_TO_BREAK } from './hostility-rules.ts';
import { compose } from './lines.ts';
import { explainCondition } from './match-condition.ts';
import { objections } from './objections.ts';
import { offer } from './offer.ts';
import { pace } from './pace.ts';
import { patience } from './patience.ts';
import { questions } from './questions.ts';
import { repetition } from './repetition.ts';
import { change, clamp, hostilityNow, rawHostility, signal, startDraft, type TurnDraft } from './turn-draft.ts';
import { substanceFloor, understanding } from './understanding.ts';
import type { OfferVerdict, ReactionTrial, StateReason, TurnTrace, WantsTrace } from './turn-trace.ts';
import { soonestTime } from '../reading/times.ts';
import { namesOwner } from './offer.ts';
import { withTimedStep } from './timed-step.ts';

export { isEndState };

/** The state before the first reply: facts the customer states in the opening already count as known. */
export function initialSimState(scenario: Scenario, seed = 1): SimState {
  return {
    state: scenario.initial,
    hostility: scenario.persona.startHostility,
    turn: 0,
    factsKnown: scenario.facts.filter((f) => f.inOpening).map((f) => f.id),
    moveCounts: {},
    feelingsAcknowledged: false,
    solutionAccepted: false,
    understood: false,
    offer: null,
    objections: {},
    strikes: 0,
    stalls: 0,
    seed,
    turns: [],
  };
}

/** Which band's lines apply at a hostility level. */
export function band(scenario: Scenario, hostility: number): 'high' | 'mid' | 'low' {
  if (hostility >= scenario.thresholds.high) return 'high';
  return hostility >= scenario.thresholds.mid ? 'mid' : 'low';
}

/** The engine's own weighing of a reply, before the scenario's reactions. */
function weigh(draft: TurnDraft, waited: number | undefined): { raised: string[]; answered: string[] } {
  harm(draft);
  repetition(draft);
  feelings(draft);
  questions(draft);
  understanding(draft);
  offer(draft);
  const outcome = objections(draft);
  // Calm returns gradually (敵意曲線, docs/training-model.md#hostility-curve): one reply lowers hostility by at most this much.
  const total = draft.changes.reduce((t, c) => t + c.delta, 0);
  if (total < -MAX_RELIEF_PER_TURN) change(draft, 'relief-cap', -MAX_RELIEF_PER_TURN - total);
  else carryRelief(draft, total);
  substanceFloor(draft);
  patience(draft);
  pace(draft, waited);
  return outcome;
}

/**
 * Gradually is not never: the relief of a plan she accepted (solution-accepted) that the cap cut from its reply — a first
 * email that apologises, restates, arranges everything and names who and when (blind t23-21, t23-32) — is not lost but
 * comes on the following replies, within the same cap a reply has and down to the middle band at most (below it, only
 * what a reply itself does calms her), and only on a reply that does no harm, says no forbidden phrase and is no copy
 * of an earlier one. Otherwise a letter that settles her plan at once would leave her angrier for good than one that
 * spreads the same over two. Worked out from the turns played: what each reply's cap
 * cut, up to its accepted plan's relief, less what later replies have carried ('relief-carried').
 */
function carryRelief(draft: TurnDraft, total: number): void {
  if (draft.parroted || harmsHer(draft.reading)) return;
  const owed = draft.sim.turns.reduce((o, t) => {
    const cut = t.changes.find((c) => c.cause === 'relief-cap')?.delta ?? 0;
    const plan = -(t.changes.find((c) => c.cause === 'solution-accepted')?.delta ?? 0);
    const carried = t.changes.find((c) => c.cause === 'relief-carried')?.delta ?? 0;
    return o + Math.min(cut, plan) + carried;
  }, 0);
  const toMid = draft.sim.hostility + total - draft.scenario.thresholds.mid;
  const room = Math.min(MAX_RELIEF_PER_TURN + Math.min(total, 0), toMid);
  if (owed > 0 && room > 0) change(draft, 'relief-carried', -Math.min(owed, room));
}

/** Why a reaction's condition does not hold on this reply, or null when it does (each try on its own copy of the turn so far). */
// A miss keeps a copy of the signals it saw (match-condition.ts), so nothing is copied per reaction here.
const missOf = (r: Reaction, sim: SimState, reading: Reading, base: BaseTurn) => explainCondition(r.when, { sim, analysis: reading, base });

/** Tries the scenario's reactions in order: the first whose state and condition hold applies. */
function tryReactions(scenario: Scenario, sim: SimState, reading: Reading, base: BaseTurn): { reaction: Reaction | undefined; trials: ReactionTrial[] } {
  let reaction: Reaction | undefined;
  const trials = scenario.reactions.map((r, index): ReactionTrial => {
    const inState = r.in === undefined || r.in.includes(sim.state);
    const miss = missOf(r, sim, reading, base);
    if (reaction) return { id: r.id, index, result: 'after-fired', miss: inState ? miss : null };
    if (!inState) return { id: r.id, index, result: 'other-state', state: sim.state, in: r.in ?? [] };
    if (miss) return { id: r.id, index, result: 'failed', miss };
    reaction = r;
    return { id: r.id, index, result: 'fired' };
  });
  const closing = closesInNextState(scenario, sim, reading, base, reaction);
  if (closing) {
    trials[closing.index] = { id: closing.reaction.id, index: closing.index, result: 'fired' };
    return { reaction: closing.reaction, trials };
  }
  const moved = reaction && reaction.goto === undefined ? movesOnToo(scenario, sim, reading, base, reaction) : null;
  if (moved) {
    trials[moved.index] = { id: moved.reaction.id, index: moved.index, result: 'fired' };
    return { reaction: { ...reaction!, goto: moved.reaction.goto! }, trials };
  }
  return { reaction, trials };
}

/**
 * A reply that moves the customer to a state whose closing reaction (goto resolved) already holds — the
 * offer she was weighing completed with what she asked for, a timed follow-up committed and nothing left
 * open ("I'll come and get you myself as soon as Dr Chen is back") — lets her close now: nothing is left
 * for a further reply to do, and a fair customer does not wait for one (docs/training-model.md#step-follow-up
 * done).
 */
function closesInNextState(scenario: Scenario, sim: SimState, reading: Reading, base: BaseTurn, reaction: Reaction | undefined): { reaction: Reaction; index: number } | null {
  const next = reaction?.goto;
  if (next === undefined || next === sim.state || isEndState(next)) return null;
  // Only when the reply completes an offer the customer was already weighing (she had asked "who?" or "when?")
  // and itself does the last step — a timed follow-up (step 6); a first offer accepted is still talked through.
  if (sim.offer?.status !== 'pending') return null;
  if (!reading.acts.includes('commit_followup')) return null;
  const moved = { ...sim, state: next };
  for (const [index, r] of scenario.reactions.entries()) {
    if (r.goto !== 'resolved' || !(r.in?.includes(next) ?? false)) continue;
    if (!missOf(r, moved, reading, base)) return { reaction: r, index };
  }
  return null;
}

/**
 * A reaction that only speaks ("'Do our best', 'see what we can do' — I want a real answer.") answers one
 * slip in the reply; it does not hold back the state change the rest of the reply earned on the same turn —
 * a plan she accepted moves her on to closing even if a rule was named beside it. Otherwise an event that
 * happens once (the offer accepted) would be lost, and she would stay in the state before it for good.
 */
function movesOnToo(scenario: Scenario, sim: SimState, reading: Reading, base: BaseTurn, fired: Reaction): { reaction: Reaction; index: number } | null {
  if (fired.final === true) return null;
  const from = scenario.reactions.indexOf(fired) + 1;
  for (const [index, r] of scenario.reactions.entries()) {
    if (index < from || r.goto === undefined || r.goto === sim.state || isEndState(r.goto)) continue;
    if (r.in !== undefined && !r.in.includes(sim.state)) continue;
    if (!missOf(r, sim, reading, base)) return { reaction: r, index };
  }
  return null;
}

/** The remedy and objections part of the trace, from the values the engine decided with. */
function wantsTrace(draft: TurnDraft, sim: SimState, raised: string[], answered: string[]): WantsTrace {
  const { details } = draft.reading;
  const after = draft.after.objections;
  return {
    remediesNamed: [...details.remedies],
    timeNamed: soonestTime(details.times),
    ownerNamed: namesOwner(draft),
    verdict: draft.signals.find((s): s is OfferVerdict => s.startsWith('solution-')) ?? null,
    offerBefore: sim.offer,
    offerAfter: draft.after.offer,
    raised: [...raised],
    answered: [...answered],
    forestalled: Object.keys(after).filter((id) => after[id] === 'answered' && sim.objections[id] === undefined && !answered.includes(id)),
    objectionsAfter: { ...after },
  };
}

/** How the reply was sent, besides its words. */
export interface TurnTiming {
  /** Seconds between the customer's message and this reply (written channels weigh it; pace.ts). */
  waited?: number;
}

/** Plays one reply. Replies after an end state are ignored (the state is returned unchanged). */
export function simulateTurn(scenario: Scenario, sim: SimState, text: string, reading: Reading, timing: TurnTiming = {}): SimState {
  return simulateTurnTraced(scenario, sim, text, reading, timing).sim;
}

/** Her own prompts for substance: a warning on a harmless reply gives way to these, and is not added beside them. */
const ASKS_SUBSTANCE: readonly string[] = ['remark/noSubstance', 'remark/whatExactly', 'remark/unanswered'];

/** Plays one reply and returns, beside the new state, the engine's account of it (turn-trace.ts); null after an end state. */
export function simulateTurnTraced(scenario: Scenario, sim: SimState, text: string, reading: Reading, timing: TurnTiming = {}): { sim: SimState; trace: TurnTrace | null } {
  if (isEndState(sim.state)) return { sim, trace: null };
  const draft = startDraft(scenario, sim, text, reading);
  const { raised, answered } = weigh(draft, timing.waited);
  const base: BaseTurn = { changes: draft.changes, hostility: hostilityNow(draft), signals: draft.signals, factsRevealed: draft.factsRevealed, after: draft.after };
  const hostilityBase = base.hostility;
  const { reaction, trials } = tryReactions(scenario, sim, withTimedStep(reading, draft), base);
  if (reaction?.hostility) change(draft, `reaction/${reaction.id}`, reaction.hostility);
  let hostility = hostilityNow(draft);

  // The escalation ladder (docs/training-model.md#escalation-ladder): one slip draws a sharp reaction and a warning, but
  // the customer breaks off only after repeated mishandling, unless the scenario marks a provocation final.
  const finalReaction = reaction?.final === true && reaction.goto !== undefined && isEndState(reaction.goto);
  if (hostility >= scenario.thresholds.explode && draft.after.strikes < STRIKES_TO_BREAK && !finalReaction) {
    change(draft, 'warning', scenario.thresholds.explode - 1 - rawHostility(draft));
    hostility = hostilityNow(draft);
    signal(draft, 'warning');
    // The warning ("Talk to me like that once more and I want your manager") answers harm (scen15gg): to a reply that did
    // her none — a bland one that only wore her patience to the edge — she asks for substance instead (hollow-remark.ts),
    // unless she already does this turn.
    if (harmsHer(reading) || draft.signals.includes('provoked')) {
      draft.says.unshift({ source: 'remark/warning', lines: remark(scenario, 'warning'), early: true });
    } else if (!draft.says.some((said) => ASKS_SUBSTANCE.includes(said.source))) {
      draft.says.unshift({ ...hollowRemark(draft), early: true });
    }
  }

  let next = reaction?.goto ?? sim.state;
  let reason: StateReason = reaction?.goto !== undefined ? 'reaction' : 'stay';
  // A first harmful reply can make the customer threaten to leave, not leave (unless marked final).
  if (isEndState(next) && next !== 'resolved' && !finalReaction && draft.signals.includes('provoked') && draft.after.strikes < STRIKES_TO_BREAK) {
    next = sim.state;
    reason = 'first-slip';
  }
  if (hostility >= scenario.thresholds.explode) {
    // At the breaking point the customer ends it — the way the reaction chose (asks for the manager) if it
    // chose an end, otherwise the scenario's explodeTo; never one line saying one and the end saying another.
    if (!(isEndState(next) && next !== 'resolved')) next = scenario.explodeTo;
    reason = 'explode';
  } else if (!isEndState(next) && draft.signals.includes('gave-up')) {
    next = scenario.turnLimit.outcome;
    reason = 'gave-up';
  } else if (!isEndState(next) && draft.turn >= scenario.turnLimit.turns) {
    next = scenario.turnLimit.outcome;
    reason = 'turn-limit';
  }
  const ended = isEndState(next);

  const customer = compose({ draft, reaction, next, ended, hostility });
  const moveCounts: Partial<Record<MoveId, number>> = { ...sim.moveCounts };
  for (const m of reading.acts) moveCounts[m] = (moveCounts[m] ?? 0) + 1;
  const record: TurnRecord = {
    turn: draft.turn,
    reply: text,
    analysis: reading,
    stateBefore: sim.state,
    stateAfter: next,
    hostilityBefore: sim.hostility,
    hostility: clamp(hostility),
    changes: draft.changes,
    signals: draft.signals,
    factsRevealed: draft.factsRevealed,
    reaction: reaction?.id ?? null,
    objectionsRaised: raised,
    objectionsAnswered: answered,
    customer,
    ...(timing.waited !== undefined ? { waited: timing.waited } : {}),
  };
  const trace: TurnTrace = {
    turn: draft.turn,
    hostilityBefore: sim.hostility,
    hostilityBase,
    hostilityAfter: clamp(hostility),
    changes: [...draft.changes],
    signals: [...draft.signals],
    reactions: trials,
    fired: reaction?.id ?? null,
    facts: draft.factDecisions,
    stateBefore: sim.state,
    stateAfter: next,
    stateReason: reason,
    wants: wantsTrace(draft, sim, raised, answered),
  };
  const after: SimState = {
    ...sim,
    ...draft.after,
    state: next,
    hostility: clamp(hostility),
    turn: draft.turn,
    factsKnown: [...sim.factsKnown, ...draft.factsRevealed],
    moveCounts,
    turns: [...sim.turns, record],
  };
  return { sim: after, trace };
}
