// Plays a list of replies through the drill machine: the same path the app's actor takes, with no pause
// for the customer's typing. Used by the CLI, scenario tests, golden transcripts and re-scoring.
import { createActor } from 'xstate';
import type { Reader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { isEndState } from '../scenario/end-states.ts';
import { DEFAULT_DIFFICULTY, type Difficulty } from '../scenario/playable.ts';
import type { Outcome, Scenario, SimState } from '../scenario/scenario.types.ts';
import type { Diagnosis } from '../scoring/scorecard.types.ts';
import { createDrillMachine, scenarioOfDrill } from './drill-machine.ts';
import type { DrillContext, DrillMode } from './drill.types.ts';

export interface RunDrillOptions {
  /** Reads each reply (the simulation depends on the reading, never on raw text for meaning). */
  read: Reader;
  /** Seed of this play's variation and line variants (default 1). */
  seed?: number;
  /** How hard the play is (default standard). */
  difficulty?: Difficulty;
  /** Language of the drill (default: the first reply's own). */
  locale?: Locale;
  mode?: DrillMode;
  /** Answered at the end, when given. */
  diagnosis?: Diagnosis | null;
  /**
   * Seconds the trainee took before each reply (written channels weigh it: a slow chat answer irritates);
   * one number for every reply, or one per reply (missing entries: no delay recorded).
   */
  waited?: number | readonly (number | undefined)[];
}

export interface DrillRun {
  /** The customer at the end, with every turn. */
  sim: SimState;
  outcome: Outcome;
  /** Replies sent after the drill had ended (not played). */
  unplayed: string[];
  /** The machine's context at the end. */
  context: DrillContext;
  /** The scenario as played (its difficulty and the seed's variation): what the scorecard must score against. */
  played: Scenario;
}

export function runDrill(scenario: Scenario, replies: readonly string[], options: RunDrillOptions): DrillRun {
  const locale = options.locale ?? (replies[0] !== undefined ? options.read(replies[0]).locale : 'zh-Hant');
  const at = '2000-01-01T00:00:00.000Z';
  const meta = { attemptId: 'run', trainee: '', scenarioId: scenario.id, scenarioVersion: '', locale, mode: options.mode ?? 'practice', seed: options.seed ?? 1, difficulty: options.difficulty ?? DEFAULT_DIFFICULTY, startedAt: at };
  const actor = createActor(createDrillMachine(scenario), { input: { meta } }).start();
  actor.send({ type: 'drill.start', mode: meta.mode, locale, at, difficulty: meta.difficulty });
  const unplayed: string[] = [];
  const waitedAt = (i: number): number | undefined => (typeof options.waited === 'number' ? options.waited : options.waited?.[i]);
  replies.forEach((text, i) => {
    if (!actor.getSnapshot().matches('conversation')) {
      unplayed.push(text);
      return;
    }
    const waited = waitedAt(i);
    actor.send({ type: 'trainee.reply', text, reading: options.read(text, { locale }), at, ...(waited !== undefined ? { waited } : {}) });
  });
  if (options.diagnosis !== undefined) {
    actor.send({ type: 'drill.end' });
    actor.send({ type: 'diagnosis.submit', diagnosis: options.diagnosis, at });
  }
  const context = actor.getSnapshot().context;
  actor.stop();
  const sim = context.customer;
  return { sim, outcome: isEndState(sim.state) ? sim.state : 'incomplete', unplayed, context, played: scenarioOfDrill(scenario, context.meta) };
}
