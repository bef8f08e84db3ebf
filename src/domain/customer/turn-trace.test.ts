import { describe, expect, it } from 'vitest';
import type { ForbiddenHit } from '../reply/reply.types.ts';
import type { Scenario } from '../scenario/scenario.types.ts';
import { analysisOf, readingOf } from '../scenario/test-support/keyword-classifier.ts';
import { offerOf, playTurns, shipped } from '../scenario/test-support/shipped.ts';
import { initialSimState, simulateTurn, simulateTurnTraced } from './simulate-turn.ts';

const resident = shipped('angry-resident');
const start = initialSimState(resident, 1);
const trial = (trace: { reactions: { id: string }[] } | null, id: string) => trace?.reactions.find((r) => r.id === id);

describe('the turn trace', () => {
  it('says which part of a reaction failed and the values involved (hostility above its limit)', () => {
    // Starting at 75, an apology alone leaves hostility at or above heard-at-last's limit of 65.
    const { sim, trace } = simulateTurnTraced(resident, start, 'sorry', analysisOf('apologize'));
    expect(sim.hostility).toBeGreaterThanOrEqual(65);
    const heard = trial(trace, 'heard-at-last');
    expect(heard).toEqual({ id: 'heard-at-last', index: expect.any(Number), result: 'failed', miss: { field: 'hostilityBelow', expected: 65, actual: trace?.hostilityBase } });
    expect(trace?.hostilityBase).toBeGreaterThanOrEqual(65);
  });

  it('names the first failing part in the order the engine checks them, with the moves it saw', () => {
    const { trace } = simulateTurnTraced(resident, start, 'ok', analysisOf('greet'));
    expect(trial(trace, 'heard-at-last')).toMatchObject({ result: 'failed', miss: { field: 'anyActs', expected: ['apologize', 'empathize', 'acknowledge', 'paraphrase'], actual: ['greet'] } });
  });

  it('marks reactions for other states, the one that fired, and the ones after it', () => {
    const { trace } = simulateTurnTraced(resident, start, 'calm down', analysisOf('dismiss_emotion'));
    expect(trace?.fired).toBe('told-to-calm-down');
    expect(trial(trace, 'told-to-calm-down')).toMatchObject({ result: 'fired', index: 0 });
    expect(trial(trace, 'done')).toEqual({ id: 'done', index: expect.any(Number), result: 'after-fired', miss: null });
    expect(trace?.reactions.map((r) => r.id)).toEqual(resident.reactions.map((r) => r.id));
    const quiet = simulateTurnTraced(resident, start, 'hello', analysisOf('greet')).trace;
    expect(trial(quiet, 'done')).toEqual({ id: 'done', index: expect.any(Number), result: 'other-state', state: 'venting', in: ['solving'] });
  });

  it('explains a curt answer: the fact, hostility and its limit', () => {
    const { trace } = simulateTurnTraced(resident, start, 'what happened?', analysisOf('ask_open'));
    expect(trace?.facts).toEqual([{ kind: 'curt', fact: 'duration', hostility: expect.any(Number), maxHostility: 60, forbidden: false }]);
    const curt = trace?.facts[0];
    expect(curt?.kind === 'curt' && curt.hostility > curt.maxHostility).toBe(true);
  });

  it('explains a fact told because the question named its topic, ahead of the scenario order', () => {
    const calm = playTurns(resident, [['apologize', 'empathize'], ['acknowledge', 'paraphrase']]);
    const { trace } = simulateTurnTraced(resident, calm, 'Is the ceiling damaged?', readingOf(['ask_closed'], {}));
    const told = trace?.facts.find((f) => f.kind === 'revealed');
    expect(told).toMatchObject({ kind: 'revealed', fact: 'damage', why: 'topic' });
  });

  it('says a forbidden phrase held the story back', () => {
    const hit: ForbiddenHit = { list: 'angry-customer', id: 'x/1', phrase: 'calm down', matched: 'calm down', start: 0, end: 9, implies: 'dismiss_emotion', better: '', source: '000_08713545b2ee6cbf.txt' };
    const calm = { ...start, hostility: 20 };
    const { trace } = simulateTurnTraced(resident, calm, 'calm down, what happened?', { ...analysisOf('ask_open'), forbidden: [hit] });
    expect(trace?.facts[0]).toMatchObject({ kind: 'curt', forbidden: true });
  });

  it('gives hostility before, after the engine rules, and after the turn, and the state change with its reason', () => {
    const scenario: Scenario = { ...resident, thresholds: { ...resident.thresholds, explode: 90 } };
    const { sim, trace } = simulateTurnTraced(scenario, { ...initialSimState(scenario, 1), hostility: 85, strikes: 2 }, 'no', analysisOf('refuse', 'blame_customer'));
    expect(trace).toMatchObject({ hostilityBefore: 85, hostilityAfter: sim.hostility, stateBefore: 'venting', stateAfter: scenario.explodeTo, stateReason: 'explode' });
    expect(trace?.changes.reduce((t, c) => t + c.delta, 85)).toBeGreaterThanOrEqual(90);
    expect(trace?.signals).toEqual(sim.turns.at(-1)?.signals);
  });

  it('is the same turn simulateTurn plays', () => {
    const reply = readingOf(['apologize', 'empathize'], {});
    expect(simulateTurnTraced(resident, start, 'sorry', reply).sim).toEqual(simulateTurn(resident, start, 'sorry', reply));
  });

  it('has no trace once the drill has ended', () => {
    const ended = { ...start, state: 'resolved' };
    expect(simulateTurnTraced(resident, ended, 'thanks', analysisOf('thank'))).toEqual({ sim: ended, trace: null });
  });

  describe('the wants', () => {
    const heard = playTurns(resident, [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']]);
    const doubt = resident.objections.find((o) => o.raisedWhen === 'offer')!;
    const accepted = resident.wants.remedies.find((r) => r.verdict === 'accept')!;

    it('shows the remedy offered, how the customer took it, and the objection it raised', () => {
      const { sim, trace } = simulateTurnTraced(resident, heard, 'offer', offerOf(resident, ['propose_solution']));
      expect(trace?.wants).toMatchObject({ remediesNamed: [accepted.id], timeNamed: 'now', ownerNamed: true, verdict: 'solution-accepted', offerBefore: null });
      expect(trace?.wants.offerAfter).toEqual({ remedy: accepted.id, when: 'now', owner: true, status: 'accepted' });
      expect(trace?.wants.offerAfter).toEqual(sim.offer);
      expect(trace?.wants.raised).toEqual([doubt.id]);
      expect(trace?.wants.objectionsAfter).toEqual({ [doubt.id]: 'open' });
      // The next reply answers it: the trace says so, and the objection is answered after the turn.
      const next = simulateTurnTraced(resident, sim, 'I will see to it myself', analysisOf('take_ownership')).trace;
      expect(next?.wants).toMatchObject({ answered: [doubt.id], raised: [], verdict: null, objectionsAfter: { [doubt.id]: 'answered' } });
      expect(next?.wants.offerBefore).toEqual(sim.offer);
    });

    it('says what an offer still lacks: no time named', () => {
      const noTime = readingOf(['propose_solution'], { remedies: [accepted.id], owners: [{ start: 0, end: 1, who: 'self' }] });
      const { trace } = simulateTurnTraced(resident, heard, 'we will send someone', noTime);
      expect(trace?.wants).toMatchObject({ timeNamed: null, ownerNamed: true, verdict: 'solution-no-time', offerAfter: { remedy: accepted.id, when: null, status: 'pending' } });
    });

    it('names an objection answered before it came up, which the customer then never raises', () => {
      const { trace } = simulateTurnTraced(resident, heard, 'offer', offerOf(resident, ['propose_solution', 'take_ownership']));
      // The doubt is answered by taking it on; the offer is accepted, so the objection that waits for
      // acceptance (the damage) comes up instead.
      const onAccept = resident.objections.find((o) => o.raisedWhen === 'accepted')!;
      expect(trace?.wants.raised).toEqual([onAccept.id]);
      expect(trace?.wants.forestalled).toEqual([doubt.id]);
      expect(trace?.wants.objectionsAfter[doubt.id]).toBe('answered');
    });

    it('is empty-handed on a reply that offers nothing', () => {
      const { trace } = simulateTurnTraced(resident, start, 'hello', analysisOf('greet'));
      expect(trace?.wants).toEqual({ remediesNamed: [], timeNamed: null, ownerNamed: false, verdict: null, offerBefore: null, offerAfter: null, raised: [], answered: [], forestalled: [], objectionsAfter: {} });
    });
  });
});
