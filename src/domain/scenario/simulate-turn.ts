// One turn of the simulated customer, as a pure function: (scenario, state, reply, analysis) → state.
// The XState machine (compile-scenario.ts) wraps it; tests and the CLI can also call it directly.
import type { ReplyAnalysis } from '../reply/reply.types.ts';
import type { MoveId } from '../reply/moves.ts';
import { computeBaseTurn } from './base-hostility.ts';
import { matchCondition } from './match-condition.ts';
import { normalizeAnalysis } from './normalize-analysis.ts';
import { pick } from './prng.ts';
import { END_STATE_IDS } from './scenario.schema.ts';
import type { EndStateId, LocalizedText, Scenario, SimState, TurnRecord } from './scenario.types.ts';

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** True for resolved, escalated and walked_out. */
export const isEndState = (id: string): id is EndStateId => (END_STATE_IDS as readonly string[]).includes(id);

/** The state before the first reply. */
export function initialSimState(scenario: Scenario, seed = 1): SimState {
  return {
    state: scenario.initial,
    hostility: scenario.persona.startHostility,
    turn: 0,
    factsKnown: [],
    moveCounts: {},
    feelingsAcknowledged: false,
    solutionAccepted: false,
    seed,
    turns: [],
  };
}

/** Which band's lines apply at a hostility level. */
export function band(scenario: Scenario, hostility: number): 'high' | 'mid' | 'low' {
  if (hostility >= scenario.thresholds.high) return 'high';
  return hostility >= scenario.thresholds.mid ? 'mid' : 'low';
}

/** Plays one reply. Replies after an end state are ignored (the state is returned unchanged). */
export function simulateTurn(scenario: Scenario, sim: SimState, text: string, raw: ReplyAnalysis): SimState {
  if (isEndState(sim.state)) return sim;
  const analysis = normalizeAnalysis(raw);
  const turn = sim.turn + 1;
  const base = computeBaseTurn(scenario, sim, text, analysis);
  const reaction = scenario.reactions.find(
    (r) => (r.in === undefined || r.in.includes(sim.state)) && matchCondition(r.when, { sim, analysis, base }),
  );
  const changes = [...base.changes];
  if (reaction?.hostility) changes.push({ cause: `reaction/${reaction.id}`, delta: reaction.hostility });
  const hostility = clamp(base.hostility + (reaction?.hostility ?? 0));

  let next = reaction?.goto ?? sim.state;
  if (hostility >= scenario.thresholds.explode) next = scenario.explodeTo;
  else if (!isEndState(next) && turn >= scenario.turnLimit.turns) next = scenario.turnLimit.outcome;

  const customer: LocalizedText[] = [];
  const salt = scenario.reactions.indexOf(reaction ?? scenario.reactions[0]!);
  // A real person rephrases rather than repeat the last sentence word for word.
  const said = new Set(sim.turns.at(-1)?.customer ?? []);
  const fresh = <T>(items: readonly T[]) => items.filter((i) => !said.has(i as LocalizedText));
  const pickFresh = (items: readonly LocalizedText[], s: number) => pick(fresh(items).length > 0 ? fresh(items) : items, sim.seed, turn, s);
  const reactionLine = reaction?.say && !(isEndState(next) && next !== reaction.goto) ? pickFresh(reaction.say, salt) : null;
  const factLines = !isEndState(next) || next === 'resolved'
    ? base.factsRevealed.flatMap((id) => scenario.facts.filter((f) => f.id === id).map((f) => f.says))
    : [];
  // A turning point ("…Fine, at least you're listening.") comes before the story; a follow-up question
  // ("And who tells me the result?") comes after it.
  const turning = reaction?.goto !== undefined && reaction.goto !== sim.state;
  if (reactionLine && turning) customer.push(reactionLine);
  customer.push(...factLines);
  if (reactionLine && !turning) customer.push(reactionLine);
  if (isEndState(next)) {
    customer.push(scenario.endStates[next].line);
  } else if (customer.length === 0) {
    // The same curt answer twice in a row sounds like a recording: fall back to the state's line.
    const curtBefore = sim.turns.at(-1)?.customer.some((c) => c === scenario.facts.find((f) => f.id === base.curtFact)?.curt);
    const curt = curtBefore ? undefined : scenario.facts.find((f) => f.id === base.curtFact);
    const lines = scenario.states[next]?.lines[band(scenario, hostility)];
    if (curt) customer.push(curt.curt);
    else if (lines) customer.push(pickFresh(lines, 0));
  }

  const moveCounts: Partial<Record<MoveId, number>> = { ...sim.moveCounts };
  for (const m of analysis.acts) moveCounts[m] = (moveCounts[m] ?? 0) + 1;
  const record: TurnRecord = {
    turn,
    reply: text,
    analysis,
    stateBefore: sim.state,
    stateAfter: next,
    hostilityBefore: sim.hostility,
    hostility,
    changes,
    signals: base.signals,
    factsRevealed: base.factsRevealed,
    reaction: reaction?.id ?? null,
    customer,
  };
  return {
    ...sim,
    state: next,
    hostility,
    turn,
    factsKnown: [...sim.factsKnown, ...base.factsRevealed],
    moveCounts,
    feelingsAcknowledged: base.feelingsAcknowledged,
    solutionAccepted: base.solutionAccepted,
    turns: [...sim.turns, record],
  };
}
