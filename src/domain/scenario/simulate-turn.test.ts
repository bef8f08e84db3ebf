import { describe, expect, it } from 'vitest';
import type { ForbiddenHit } from '../reply/reply.types.ts';
import { analysisOf } from './test-support/keyword-classifier.ts';
import { BAD_PLAYS, GOOD_PLAYS, playTurns, shipped, SHIPPED_IDS } from './test-support/shipped.ts';
import { MAX_RELIEF_PER_TURN } from './hostility-rules.ts';
import { initialSimState, simulateTurn } from './simulate-turn.ts';

const resident = shipped('angry-resident');
const hit: ForbiddenHit = { list: 'angry-customer', id: 'x/1', phrase: '你別激動', matched: '你別激動', start: 0, end: 4, implies: 'dismiss_emotion', better: '', source: '000_08713545b2ee6cbf.txt' };

describe('the hostility curve', () => {
  it('falls with apology and empathy, and rises sharply on a forbidden phrase', () => {
    const start = resident.persona.startHostility;
    expect(playTurns(resident, [['apologize']]).hostility).toBeLessThan(start);
    expect(playTurns(resident, [['apologize', 'empathize']]).hostility).toBeLessThan(playTurns(resident, [['apologize']]).hostility);
    const provoked = playTurns(resident, [{ analysis: { ...analysisOf('dismiss_emotion'), forbidden: [hit] } }]);
    expect(provoked.hostility - start).toBeGreaterThanOrEqual(20);
  });

  it('answers a fact question curtly while hostile, fully once calmer', () => {
    const hot = playTurns(resident, [['ask_open']]);
    expect(hot.factsKnown).toEqual([]);
    expect(hot.turns[0]?.signals).toContain('question-curt');
    const calm = playTurns(resident, [['apologize', 'empathize'], ['ask_open']]);
    expect(calm.factsKnown).toEqual(['duration']);
  });

  it('volunteers the story when invited to go on, once calm enough', () => {
    expect(playTurns(resident, [['apologize', 'empathize'], ['acknowledge']]).factsKnown).toEqual(['duration']);
    expect(playTurns(resident, [['acknowledge']]).factsKnown).toEqual([]);
  });

  it('rejects a solution offered before the feeling was acknowledged', () => {
    const early = playTurns(resident, [['propose_solution']]);
    expect(early.turns[0]?.signals).toContain('solution-rejected');
    expect(early.hostility).toBeGreaterThan(resident.persona.startHostility);
    expect(early.solutionAccepted).toBe(false);
  });

  it('calms gradually: one reply lowers hostility by at most MAX_RELIEF_PER_TURN', () => {
    const all = playTurns(resident, [['greet', 'apologize', 'empathize', 'acknowledge', 'paraphrase', 'take_ownership', 'thank']]);
    expect(resident.persona.startHostility - all.hostility).toBe(MAX_RELIEF_PER_TURN);
  });

  it('grows frustrated with replies that move nothing forward while still upset', () => {
    const bareOk = playTurns(resident, [['acknowledge']]);
    const apology = playTurns(resident, [['apologize']]);
    expect(bareOk.turns[0]?.changes.map((c) => c.cause)).toContain('no-progress');
    expect(apology.turns[0]?.changes.map((c) => c.cause)).not.toContain('no-progress');
  });

  it('wears out repeated apologies', () => {
    const once = playTurns(resident, [['apologize']]);
    const thrice = playTurns(resident, [['apologize'], ['apologize'], ['apologize']]);
    const firstDrop = resident.persona.startHostility - once.hostility;
    expect(once.hostility - thrice.hostility).toBeLessThan(firstDrop * 2);
  });
});

describe('personas change the weights (004)', () => {
  it('an eagle loses patience with a long reply', () => {
    const long = 'x'.repeat(400);
    const short = simulateTurn(resident, initialSimState(resident), 'ok', analysisOf('apologize'));
    const rambling = simulateTurn(resident, initialSimState(resident), long, analysisOf('apologize'));
    expect(rambling.hostility).toBeGreaterThan(short.hostility);
  });

  it('a peacock warms to hearing her name more than an eagle does', () => {
    const peacock = shipped('shop-floor-outburst');
    const drop = (s: typeof peacock, name: string) => s.persona.startHostility - simulateTurn(s, initialSimState(s), name, analysisOf('apologize')).hostility;
    const peacockGain = drop(peacock, `${peacock.persona.name.en}, sorry`) - drop(peacock, 'sorry');
    const eagleGain = drop(resident, `${resident.persona.name.en}, sorry`) - drop(resident, 'sorry');
    expect(peacockGain).toBeGreaterThan(eagleGain);
  });

  it('an owl is calmed more by a confirming paraphrase than an eagle', () => {
    const owl = shipped('water-pump-runaround');
    const gain = (s: typeof owl) => s.persona.startHostility - playTurns(s, [['paraphrase']]).hostility;
    expect(gain(owl)).toBeGreaterThan(gain(resident));
  });
});

describe('realism targets, every shipped scenario', () => {
  it.each(SHIPPED_IDS)('%s: the six steps in order resolve within eight replies', (id) => {
    const sim = playTurns(shipped(id), GOOD_PLAYS);
    expect(sim.state).toBe('resolved');
    expect(sim.turn).toBeLessThanOrEqual(8);
  });

  it.each(SHIPPED_IDS)('%s: consistently bad handling breaks down within six replies', (id) => {
    const sim = playTurns(shipped(id), BAD_PLAYS);
    expect(['escalated', 'walked_out']).toContain(sim.state);
    expect(sim.turn).toBeLessThanOrEqual(6);
  });

  it.each(SHIPPED_IDS)('%s: replies in which nothing is detected still break down before the turn limit', (id) => {
    const scenario = shipped(id);
    const sim = playTurns(scenario, Array.from({ length: scenario.turnLimit.turns }, () => []));
    expect(['escalated', 'walked_out']).toContain(sim.state);
  });
});

describe('determinism', () => {
  it('gives the same conversation for the same scenario, replies and seed', () => {
    const a = playTurns(resident, GOOD_PLAYS, 7);
    const b = playTurns(resident, GOOD_PLAYS, 7);
    expect(a).toEqual(b);
  });

  it('ignores replies after an end state', () => {
    const done = playTurns(resident, GOOD_PLAYS);
    expect(simulateTurn(resident, done, 'more', analysisOf('thank'))).toBe(done);
  });
});
