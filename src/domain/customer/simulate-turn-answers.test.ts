// The customer answers what was said: wants, facts, offers, deadlines and objections (split from simulate-turn.test.ts).
import { describe, expect, it } from 'vitest';
import type { Reading } from '../reading/reading.types.ts';
import type { MoveId } from '../reply/moves.ts';
import type { Scenario, SimState } from '../scenario/scenario.types.ts';
import { analysisOf, readingOf } from '../scenario/test-support/keyword-classifier.ts';
import { playTurns, shipped, type Play } from '../scenario/test-support/shipped.ts';
import { simulateTurn } from './simulate-turn.ts';

const resident = shipped('angry-resident');
const en = (sim: SimState, turn = -1) => sim.turns.at(turn)?.customer.map((c) => c.en).join(' ') ?? '';
const signals = (sim: SimState, turn = -1) => sim.turns.at(turn)?.signals ?? [];
const now = [{ start: 0, end: 1, when: 'now' as const }];
const tomorrow = [{ start: 0, end: 1, when: 'tomorrow' as const }];
const me = [{ start: 0, end: 1, who: 'self' as const }];
const play = (scenario: Scenario, plays: Play[]) => playTurns(scenario, plays);
const reading = (moves: MoveId[], details: Partial<Reading['details']> = {}): Play => ({ analysis: readingOf(moves, details) });
/** Listened and asked: the customer has calmed and told a fact, so an offer is heard. */
const heard: Play[] = [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']];

describe('the customer answers what was said', () => {
  it('asked what they want, says it; asked again, says they already did', () => {
    const sim = play(resident, [...heard, ['ask_preference'], ['ask_preference']]);
    expect(signals(sim, -2)).toContain('wants-said');
    expect(en(sim, -2)).toBe(resident.wants.says![0]!.en);
    expect(en(sim)).toContain(resident.remarks!.wantsAgain![0]!.en);
  });

  it('once a solution is accepted, "does that work for you?" checks the plan: the customer does not restate their wants', () => {
    const remedy = resident.wants.remedies.find((r) => r.verdict === 'accept')!.id;
    const accepted = play(resident, [...heard, reading(['propose_solution', 'take_ownership'], { remedies: [remedy], times: now, owners: me })]);
    expect(accepted.solutionAccepted).toBe(true);
    const sim = simulateTurn(resident, accepted, 'Does that work for you?', readingOf(['ask_preference'], {}));
    expect(signals(sim)).not.toContain('wants-said');
    for (const w of resident.wants.says!) expect(en(sim)).not.toContain(w.en);
  });

  it('asked again about a fact already told, says so instead of telling it as news', () => {
    const told = play(resident, heard);
    const fact = resident.facts.find((f) => told.factsKnown.includes(f.id))!;
    const topic = fact.topics!.en![0]!;
    const sim = simulateTurn(resident, told, `So ${topic}?`, { ...readingOf(['ask_closed'], { facts: [fact.id] }), evidence: [{ move: 'ask_closed', rule: 't', start: 0, end: topic.length + 4 }] });
    expect(sim.turns.at(-1)?.signals).toContain('asked-again');
    expect(sim.turns.at(-1)?.factsRevealed).toEqual([]);
  });

  it('a question asked again annoys but is a listening slip, not warm words: asked three more times, the customer does not give up', () => {
    const told = play(resident, heard);
    const fact = resident.facts.find((f) => told.factsKnown.includes(f.id))!;
    const topic = fact.topics!.en![0]!;
    // Worded differently each time (the same sentence again would be parroting, a different matter).
    const again = (sim: SimState, text: string) => simulateTurn(resident, sim, text, { ...readingOf(['ask_closed'], { facts: [fact.id] }), evidence: [{ move: 'ask_closed', rule: 't', start: 0, end: text.length }] });
    const sim = again(again(again(told, `So ${topic}?`), `Was it the ${topic}?`), `And the ${topic}, right?`);
    expect(sim.turns.slice(-3).every((t) => t.signals.includes('asked-again'))).toBe(true);
    expect(sim.hostility).toBeGreaterThan(told.hostility);
    expect(sim.turns.flatMap((t) => t.signals)).not.toContain('gave-up');
    expect(['escalated', 'walked_out']).not.toContain(sim.state);
  });

  it('pushes back on an offer later than the deadline, and asks for the time or the owner that is missing', () => {
    const remedy = resident.wants.remedies.find((r) => r.verdict === 'accept')!.id;
    const late = play(resident, [...heard, reading(['propose_solution'], { remedies: [remedy], times: tomorrow, owners: me })]);
    expect(signals(late)).toContain('solution-late');
    expect(en(late)).toContain(resident.wants.deadline!.pushback.map((p) => p.en).find((p) => en(late).includes(p))!);
    const noTime = play(resident, [...heard, reading(['propose_solution'], { remedies: [remedy], owners: me })]);
    expect(signals(noTime)).toContain('solution-no-time');
    const noOwner = play(resident, [...heard, reading(['propose_solution'], { remedies: [remedy], times: now })]);
    expect(signals(noOwner)).toContain('solution-no-owner');
    // Naming the missing piece completes the same offer.
    const completed = simulateTurn(resident, noTime, 'by 3 today', readingOf([], { times: now, owners: me }));
    expect(completed.solutionAccepted).toBe(true);
  });

  it('keeps the better remedy still on the table when the next reply names a lesser one with the missing time', () => {
    // lift-outage-email: the stair-climber offered without a time, then "an engineer today by 3, I'll see to
    // it": the escort is completed and accepted, not traded for the engineer ("What about my father tomorrow?").
    const lift = shipped('lift-outage-email');
    const escort = lift.wants.remedies.find((r) => r.verdict === 'accept')!.id;
    const engineer = lift.wants.remedies.find((r) => r.verdict === 'partial')!;
    const noTime = play(lift, [...heard, reading(['propose_solution'], { remedies: [escort], owners: me })]);
    expect(noTime.offer).toMatchObject({ remedy: escort, status: 'pending' });
    const sim = simulateTurn(lift, noTime, 'and the engineer today', readingOf(['propose_solution', 'take_ownership'], { remedies: [engineer.id], times: now, owners: me }));
    expect(sim.offer).toMatchObject({ remedy: escort, status: 'accepted' });
    expect(en(sim)).not.toContain(engineer.says![0]!.en);
  });

  it('hears a remedy the trainee takes on in person as an offer, even with no offer wording and no time', () => {
    // clinic-reception-wait, blind t4: "醫師一回來第一個就幫您看,我會親自跟他講" names the remedy and owns it.
    const remedy = resident.wants.remedies.find((r) => r.verdict === 'accept')!.id;
    const owned = play(resident, [...heard, reading(['take_ownership'], { remedies: [remedy] })]);
    expect(signals(owned)).toContain('solution-no-time');
    expect(owned.offer).toMatchObject({ remedy, status: 'pending' });
    // Naming the remedy alone, with no one taking it on, is talk about it, not an offer.
    const named = play(resident, [...heard, reading(['acknowledge'], { remedies: [remedy] })]);
    expect(named.offer).toBeNull();
  });

  it('hears "I will follow up" as no offer at all', () => {
    const sim = play(resident, [...heard, reading(['propose_solution'], { times: now, owners: me })]);
    expect(signals(sim)).toContain('solution-unspecified');
    expect(sim.offer).toBeNull();
  });

  it('hears a time told in a statement as the answer to "how long?", a time asked about as none', () => {
    // "Dr Chen should be back in about ten minutes": no move, no remedy named, but it tells her when.
    const clinic = shipped('clinic-reception-wait');
    const told = play(clinic, [...heard, { text: 'Dr Chen should be back in about ten minutes.', analysis: readingOf([], { times: [{ start: 27, end: 44, when: 'now' }], owners: [{ start: 0, end: 7, who: 'staff' }] }) }]);
    expect(signals(told)).toContain('solution-accepted');
    expect(told.stalls).toBe(0);
    // The same time in a question ("is ten minutes OK?") tells her nothing.
    const evidence = [{ move: 'ask_closed' as const, rule: 'x', start: 0, end: 50 }];
    const asked = play(clinic, [...heard, { analysis: { ...readingOf(['ask_closed'], { times: [{ start: 27, end: 44, when: 'now' }] }), evidence } }]);
    expect(signals(asked)).not.toContain('solution-accepted');
    // Nor does a time that misses her deadline ("tomorrow") close it.
    expect(signals(play(clinic, [...heard, reading([], { times: tomorrow })]))).not.toContain('solution-accepted');
  });

  it('answers a partial remedy with what more it needs, and refuses a bad one', () => {
    const partial = resident.wants.remedies.find((r) => r.verdict === 'partial')!;
    const sim = play(resident, [...heard, reading(['propose_solution'], { remedies: [partial.id], times: now, owners: me })]);
    expect(signals(sim)).toContain('solution-partial');
    expect(en(sim)).toContain(partial.says![0]!.en);
  });

  it('raises an objection when a remedy is offered, unless already answered, and holds resolution until it is answered', () => {
    const doubt = resident.objections.find((o) => o.raisedWhen === 'offer')!;
    const offered = play(resident, [...heard, { offer: ['propose_solution'] }]);
    expect(offered.objections[doubt.id]).toBe('open');
    expect(en(offered)).toContain(doubt.says[0]!.en);
    const answered = simulateTurn(resident, offered, 'I will handle it myself', analysisOf('take_ownership'));
    expect(answered.objections[doubt.id]).toBe('answered');
    // Ownership given with the offer: the doubt never comes up.
    const preempted = play(resident, [...heard, { offer: ['propose_solution', 'take_ownership'] }]);
    expect(preempted.turns.at(-1)?.objectionsRaised).not.toContain(doubt.id);
  });

  it('asks an unanswered objection again instead of letting it drop, never with the same words two turns running', () => {
    const doubt = resident.objections.find((o) => o.raisedWhen === 'offer')!;
    const unanswered = resident.remarks?.unanswered?.[0]?.en ?? "You still haven't answered what I asked.";
    const offered = play(resident, [...heard, { offer: ['propose_solution'] }]);
    // Ignored on the next reply: the customer points it out (the question itself was said a moment ago).
    const ignored = simulateTurn(resident, offered, 'thanks for your patience', analysisOf('thank'));
    expect(ignored.objections[doubt.id]).toBe('open');
    expect(en(ignored)).toContain(unanswered);
    expect(en(ignored)).not.toContain(doubt.says[0]!.en);
    // Ignored again: the question itself comes back, and the drill still cannot resolve.
    const again = simulateTurn(resident, ignored, 'let me write this down', analysisOf('acknowledge'));
    expect(again.objections[doubt.id]).toBe('open');
    expect(en(again)).toContain(doubt.says[0]!.en);
    expect(en(again)).not.toContain(unanswered);
  });
});
