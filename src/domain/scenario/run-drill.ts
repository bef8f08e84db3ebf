// Plays a list of replies through the compiled machine: the same path the app's actor takes.
import { createActor } from 'xstate';
import type { Classifier } from '../reply/classify.ts';
import type { Locale } from '../reply/reply.types.ts';
import { compileScenario } from './compile-scenario.ts';
import type { Outcome, Scenario, SimState } from './scenario.types.ts';
import { isEndState } from './simulate-turn.ts';

/** How to run a drill. */
export interface RunDrillOptions {
  /** Reads each reply (the simulation depends on the analysis, never on raw text for meaning). */
  classify: Classifier;
  /** PRNG seed for customer line variants. */
  seed?: number;
  /** Locale hint for the classifier. */
  locale?: Locale;
}

/** What happened. */
export interface DrillRun {
  /** Final simulation state, with every turn. */
  sim: SimState;
  /** End state reached, or `incomplete`. */
  outcome: Outcome;
  /** Replies after the end state, not played. */
  unplayed: string[];
}

export function runDrill(scenario: Scenario, replies: readonly string[], options: RunDrillOptions): DrillRun {
  const actor = createActor(compileScenario(scenario), { input: { seed: options.seed ?? 1 } });
  actor.start();
  const unplayed: string[] = [];
  for (const text of replies) {
    if (actor.getSnapshot().status === 'done') {
      unplayed.push(text);
      continue;
    }
    const analysis = options.classify(text, options.locale ? { locale: options.locale } : undefined);
    actor.send({ type: 'trainee.reply', text, analysis });
  }
  const sim = actor.getSnapshot().context;
  actor.stop();
  return { sim, outcome: isEndState(sim.state) ? sim.state : 'incomplete', unplayed };
}
