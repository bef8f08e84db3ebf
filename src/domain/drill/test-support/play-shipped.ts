// Test support: play typed replies through a shipped scenario the way a trainee's first play meets it (the customer as
// written: baseSeed), read by the scenario's own reader — what the engine's blind-drill tests do, for one scenario.
import { createReader } from '../../reading/read-reply.ts';
import type { Locale } from '../../reply/reply.types.ts';
import { baseSeed } from '../../scenario/base-seed.ts';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { runDrill, type RunDrillOptions } from '../run-drill.ts';

/** A player for the shipped scenario `id`: `play(locale, replies)` runs the drill (options as runDrill's, seed first play). */
export function shippedPlayer(id: string) {
  const scenario = shipped(id);
  const read = createReader(scenario);
  return (locale: Locale, replies: readonly string[], options: Omit<RunDrillOptions, 'read' | 'locale'> = {}) =>
    runDrill(scenario, replies, { read, locale, seed: baseSeed(scenario), ...options });
}
