// Model-based tests (docs/architecture.md#test-every-path): @xstate/graph walks the drill machine of every shipped scenario with a
// vocabulary of canonical replies and the drill's own events (hint, end early, diagnosis), so every phase,
// every conversation state and every end state must be reachable, every path ends within the turn limit,
// and a finished drill is final.
import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { analysisOf } from '../scenario/test-support/keyword-classifier.ts';
import { END_STATE_IDS } from '../scenario/scenario.schema.ts';
import { shipped, SHIPPED_IDS } from '../scenario/test-support/shipped.ts';
import { createDrillMachine } from './drill-machine.ts';
import { restorable } from './persisted.ts';
import { AT, eventsFor, meta, reply } from './test-support/drill-events.ts';
import type { DrillEvent, DrillMeta } from './drill.types.ts';

describe.each(SHIPPED_IDS)('%s: the drill machine', (id) => {
  const scenario = shipped(id);
  const machine = createDrillMachine(scenario);
  const paths = getShortestPaths(machine, {
    input: { meta },
    // The vocabulary: every step of the procedure, the classic mistakes, silence, and the drill's own events.
    events: eventsFor(scenario),
    // Two walks are the same when the machine's phase, the customer's state and what can still change how the
    // customer moves are the same: the hostility band, the offer, objections raised, stalls, strikes. The
    // turn and the facts told are left out: counted in the key they multiplied the walk about tenfold (15–40 s
    // a scenario) without reaching a state more. The walk still visits the turn limit in twelve of the thirteen
    // scenarios, and tests/properties/drill-machine-properties.test.ts sends more replies than any limit allows.
    serializeState: (s) => {
      const c = s.context.customer;
      return JSON.stringify([s.value, c.state, Math.floor(c.hostility / 20), c.offer?.status ?? null, Object.keys(c.objections).length, c.stalls, c.strikes]);
    },
    serializeEvent: (e) => ('text' in e ? e.text : e.type),
  });

  it('reaches every phase, every conversation state and every end state', () => {
    const phases = new Set(paths.map((p) => (typeof p.state.value === 'string' ? p.state.value : Object.keys(p.state.value)[0])));
    expect([...phases].sort()).toEqual(['briefing', 'conversation', 'diagnosis', 'finished']);
    const customerStates = new Set(paths.map((p) => p.state.context.customer.state));
    for (const state of [...Object.keys(scenario.states), ...END_STATE_IDS]) expect(customerStates, state).toContain(state);
  });

  it('never lets a drill run past the turn limit, and ends every conversation it ends in diagnosis', () => {
    for (const p of paths) {
      expect(p.state.context.customer.turn).toBeLessThanOrEqual(scenario.turnLimit.turns);
      if (END_STATE_IDS.includes(p.state.context.customer.state as never) && p.state.matches('conversation')) throw new Error('an ended conversation stayed open');
    }
  });

  it('keeps the hint to practice: in exam mode hint.show does nothing', () => {
    const actor = createActor(machine, { input: { meta: { ...meta, mode: 'exam' } } }).start();
    actor.send({ type: 'drill.start', mode: 'exam', locale: 'en', at: AT });
    actor.send({ type: 'hint.show' });
    expect(actor.getSnapshot().context.hintShown).toBe(false);
  });
});

describe('persistence', () => {
  it('restores a drill mid-conversation from its persisted snapshot, exactly', () => {
    const scenario = shipped('angry-resident');
    const machine = createDrillMachine(scenario);
    const actor = createActor(machine, { input: { meta } }).start();
    actor.send({ type: 'drill.start', mode: 'practice', locale: 'zh-Hant', at: AT });
    actor.send(reply('apologize', 'empathize'));
    actor.send({ type: 'hint.show' });
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(machine, { snapshot: stored, input: { meta } }).start();
    expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    restored.send(reply('ask_open'));
    expect(restored.getSnapshot().context.replies.map((r) => r.hintUsed ?? false)).toEqual([false, true]);
  });
});

describe('restoring a stored drill (persisted.ts)', () => {
  const scenario = shipped('angry-resident');
  const machine = createDrillMachine(scenario);
  const read = (text: string) => analysisOf(text.includes('sorry') ? 'apologize' : 'ask_open');

  it('resumes a drill saved while the customer was answering on the trainee\'s turn, the answer already given', () => {
    const actor = createActor(machine, { input: { meta } }).start();
    actor.send({ type: 'drill.start', mode: 'practice', locale: 'en', at: AT });
    actor.send({ ...reply('apologize'), delay: 60_000 } as DrillEvent);
    expect(actor.getSnapshot().matches({ conversation: 'customerAnswering' })).toBe(true);
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const restored = createActor(machine, { snapshot: restorable(scenario, stored, meta, read) as never, input: { meta } }).start();
    expect(restored.getSnapshot().matches({ conversation: 'traineeTurn' })).toBe(true);
    expect(restored.getSnapshot().context.customer.turns).toHaveLength(1);
  });

  it('replays a drill stored by the earlier version (its replies only) into the same conversation', () => {
    const legacy = { legacy: { replies: [{ text: "I'm so sorry", at: AT }, { text: 'What happened?', at: AT }], phase: 'conversation', locale: 'en', mode: 'practice', seed: 3, startedAt: AT } };
    const snap = restorable(scenario, legacy, meta, read) as { context: { replies: unknown[]; meta: DrillMeta } };
    expect(snap.context.replies).toHaveLength(2);
    expect(snap.context.meta.seed).toBe(3);
  });

  it('refuses a snapshot it cannot use, so the trainee starts afresh', () => {
    expect(restorable(scenario, { value: 'nowhere' }, meta, read)).toBeNull();
    expect(restorable(scenario, null, meta, read)).toBeNull();
  });
});
