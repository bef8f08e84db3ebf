import { describe, expect, it } from 'vitest';
import type { Scenario, SimState } from '../scenario/scenario.types.ts';
import { analysisOf } from '../scenario/test-support/keyword-classifier.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { SLOW_AFTER, SLOW_HOSTILITY } from './pace.ts';
import { initialSimState, simulateTurn } from './simulate-turn.ts';

const spoken = shipped('angry-resident');
const chat: Scenario = { ...spoken, setting: 'chat' };
const email: Scenario = { ...spoken, setting: 'email' };
/** One warm reply, sent `waited` seconds after the customer's message. */
const reply = (scenario: Scenario, waited?: number, sim: SimState = initialSimState(scenario)) =>
  simulateTurn(scenario, sim, 'I am so sorry, that must be infuriating.', analysisOf('apologize', 'empathize'), waited === undefined ? {} : { waited });

describe('pace: written channels count the delay before a reply', () => {
  it('a slow chat answer raises hostility by the channel default and says a line of its own', () => {
    const quick = reply(chat, SLOW_AFTER.chat);
    const slow = reply(chat, SLOW_AFTER.chat + 1);
    expect(slow.hostility - quick.hostility).toBe(SLOW_HOSTILITY.chat);
    expect(slow.turns[0]?.signals).toContain('slow-reply');
    expect(quick.turns[0]?.signals).not.toContain('slow-reply');
    expect(slow.turns[0]?.customer.map((c) => c.en).join(' ')).toMatch(/still there|long time/i);
    expect(quick.turns[0]?.customer.map((c) => c.en).join(' ')).not.toMatch(/still there|long time/i);
    expect(slow.turns[0]?.waited).toBe(SLOW_AFTER.chat + 1);
  });

  it('email allows longer (900 s by default) and the scenario can set its own limit and cost', () => {
    expect(reply(email, 600).turns[0]?.signals).not.toContain('slow-reply');
    expect(reply(email, 901).turns[0]?.signals).toContain('slow-reply');
    const strict: Scenario = { ...chat, written: { slowAfter: 20, slowHostility: 15 } };
    expect(reply(strict, 21).hostility - reply(strict, 19).hostility).toBe(15);
  });

  it('face to face and on the phone, the delay is ignored', () => {
    expect(reply(spoken, 3600)).toEqual({ ...reply(spoken), turns: [{ ...reply(spoken).turns[0], waited: 3600 }] });
    expect(reply(spoken, 3600).turns[0]?.signals).not.toContain('slow-reply');
  });

  it('every slow answer uses up a turn of patience: answering slowly again and again, the chat customer gives up', () => {
    let sim = initialSimState(chat);
    for (let i = 0; i < 3 && !['walked_out', 'escalated'].includes(sim.state); i++) {
      sim = simulateTurn(chat, sim, `I'm sorry, ${'abc'.repeat(i + 1)}`, analysisOf('apologize', 'empathize'), { waited: 300 });
    }
    expect(sim.turns.some((t) => t.signals.includes('gave-up'))).toBe(true);
    expect(sim.state).toBe(chat.turnLimit.outcome);
    // The same replies answered in time keep the conversation going.
    let quick = initialSimState(chat);
    for (let i = 0; i < 3; i++) quick = simulateTurn(chat, quick, `I'm sorry, ${'abc'.repeat(i + 1)}`, analysisOf('apologize', 'empathize'), { waited: 5 });
    expect(quick.turns.some((t) => t.signals.includes('gave-up'))).toBe(false);
  });
});
