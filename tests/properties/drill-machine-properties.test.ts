// Long drills through the drill machine (fast-check): whatever the trainee sends, in whatever order, at any
// difficulty and seed, the drill ends by its turn limit, a conversation the customer ended is over, and a
// submitted diagnosis finishes it. The model-based walk (src/domain/drill/drill-machine.test.ts) reaches every
// state by the shortest paths; these drills are long ones, more replies than any limit allows, sent with
// the same vocabulary.
import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createDrillMachine, scenarioOfDrill } from '../../src/domain/drill/drill-machine.ts';
import { AT, meta, repliesFor } from '../../src/domain/drill/test-support/drill-events.ts';
import { DIFFICULTIES } from '../../src/domain/scenario/difficulty.ts';
import { isEndState } from '../../src/domain/scenario/end-states.ts';
import { shipped, SHIPPED_IDS } from '../../src/domain/scenario/test-support/shipped.ts';

/** Drills per scenario. */
const RUNS = 40;

describe.each(SHIPPED_IDS)('%s: long drills through the machine', (id) => {
  const scenario = shipped(id);
  const machine = createDrillMachine(scenario);
  const replies = repliesFor(scenario);
  /** More replies than the longest limit (easy adds two): every drill must have ended before they run out. */
  const sent = 2 + Math.max(...DIFFICULTIES.map((difficulty) => scenarioOfDrill(scenario, { difficulty, seed: 1 }).turnLimit.turns));

  it('ends by the turn limit, closes a conversation the customer ended, and stays finished', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DIFFICULTIES),
        fc.nat(1000),
        // Each reply, and whether the hint was opened before it.
        fc.array(fc.tuple(fc.constantFrom(...replies), fc.boolean()), { minLength: sent, maxLength: sent }),
        (difficulty, seed, plays) => {
          const actor = createActor(machine, { input: { meta: { ...meta, seed } } }).start();
          actor.send({ type: 'drill.start', mode: 'practice', locale: 'en', at: AT, difficulty });
          const limit = scenarioOfDrill(scenario, { difficulty, seed }).turnLimit.turns;
          let played = 0;
          for (const [reply, hint] of plays) {
            const open = actor.getSnapshot().matches('conversation');
            if (hint) actor.send({ type: 'hint.show' });
            actor.send(reply);
            if (open) played += 1;
            const { customer } = actor.getSnapshot().context;
            // A reply counts while the conversation is open, and only then.
            expect(customer.turn).toBe(played);
            expect(customer.turn).toBeLessThanOrEqual(limit);
            if (isEndState(customer.state)) expect(actor.getSnapshot().matches('diagnosis')).toBe(true);
          }
          expect(actor.getSnapshot().matches('diagnosis')).toBe(true);
          actor.send({ type: 'diagnosis.submit', diagnosis: null, at: AT });
          // Final: the actor is done and takes no further event.
          expect(actor.getSnapshot().status).toBe('done');
        },
      ),
      { numRuns: RUNS },
    );
  });
});
