// Compiles a scenario into an XState v5 machine (STYLE.md §4): `setup({ types, guards, actions })`, one
// `trainee.reply` transition per possible next state, each guarded by the pure turn simulation, so the
// machine's graph is the scenario's graph and xstate/graph can walk it.
import { assign, setup } from 'xstate';
import { parseScenario } from './parse-scenario.ts';
import type { DrillInput, Scenario, SimState, TraineeReplyEvent } from './scenario.types.ts';
import { initialSimState, isEndState, simulateTurn } from './simulate-turn.ts';
import { END_STATE_IDS } from './scenario.schema.ts';

/** Every state a reply in `stateId` can lead to, per the scenario's reactions and the engine's rules. */
export function possibleTargets(scenario: Scenario, stateId: string): string[] {
  const targets = new Set<string>([stateId]);
  for (const r of scenario.reactions) {
    if (r.goto && (r.in === undefined || r.in.includes(stateId))) targets.add(r.goto);
  }
  targets.add(scenario.explodeTo);
  targets.add(scenario.turnLimit.outcome);
  return [...targets];
}

/** Accepts a parsed scenario or raw JSON (which is migrated and validated first). */
export function compileScenario(source: Scenario | unknown) {
  const scenario = parseScenario(source);
  // Guards for the different targets of one event all need the same simulated turn: compute it once.
  const cache = new WeakMap<TraineeReplyEvent, { sim: SimState; next: SimState }>();
  const step = (sim: SimState, event: TraineeReplyEvent): SimState => {
    const hit = cache.get(event);
    if (hit && hit.sim === sim) return hit.next;
    const next = simulateTurn(scenario, sim, event.text, event.analysis);
    cache.set(event, { sim, next });
    return next;
  };

  const machineSetup = setup({
    types: {
      context: {} as SimState,
      events: {} as TraineeReplyEvent,
      input: {} as DrillInput | undefined,
    },
    guards: {
      leadsTo: ({ context, event }, params: { target: string }) => step(context, event).state === params.target,
    },
    actions: {
      applyTurn: assign(({ context, event }) => step(context, event)),
    },
  });

  const states: Record<string, object> = {};
  for (const id of Object.keys(scenario.states)) {
    states[id] = {
      on: {
        'trainee.reply': possibleTargets(scenario, id).map((target) => ({
          guard: { type: 'leadsTo', params: { target } },
          target: target === id ? undefined : target,
          actions: 'applyTurn',
        })),
      },
    };
  }
  for (const id of END_STATE_IDS) states[id] = { type: 'final' };

  return machineSetup.createMachine({
    id: scenario.id,
    initial: scenario.initial,
    context: ({ input }) => initialSimState(scenario, input?.seed ?? 1),
    // Dynamic state ids cannot be typed statically; the targets above are checked by validate-scenario.
    states: states as never,
  });
}

/** The machine type compileScenario returns. */
export type DrillMachine = ReturnType<typeof compileScenario>;
export { isEndState };
