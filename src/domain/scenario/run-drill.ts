// Plays a list of replies through the compiled machine: the same path the app's actor takes.
import { createActor } from 'xstate';
import { compileScenario } from './compile-scenario.ts';
import type { DrillRun, RunDrillOptions, Scenario } from './scenario.types.ts';

export type { DrillRun, RunDrillOptions };
import { isEndState } from './simulate-turn.ts';



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
