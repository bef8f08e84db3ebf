// The customer answers what was actually said, and only what she actually said herself (blind t7: she
// re-demanded a plan just offered, reminded the trainee of a question she had never put into words, and
// heard a time in a question as a late offer).
import { describe, expect, it } from 'vitest';
import type { Reading } from '../reading/reading.types.ts';
import type { MoveId } from '../reply/moves.ts';
import type { SimState } from '../scenario/scenario.types.ts';
import { analysisOf, readingOf } from '../scenario/test-support/keyword-classifier.ts';
import { playTurns, shipped, type Play } from '../scenario/test-support/shipped.ts';
import { simulateTurn } from './simulate-turn.ts';

const en = (sim: SimState, turn = -1) => sim.turns.at(turn)?.customer.map((c) => c.en).join(' ') ?? '';
const signals = (sim: SimState, turn = -1) => sim.turns.at(turn)?.signals ?? [];
const now = [{ start: 0, end: 1, when: 'now' as const }];
const me = [{ start: 0, end: 1, who: 'self' as const }];
const reading = (moves: MoveId[], details: Partial<Reading['details']> = {}): Play => ({ analysis: readingOf(moves, details) });
const heard: Play[] = [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']];

describe('the customer answers what was said', () => {
  it('asked "does this suit you?" about a plan just offered, answers the plan and never re-demands it', () => {
    const lift = shipped('lift-outage-email');
    const remedies = lift.wants.remedies.filter((r) => r.verdict !== 'reject').map((r) => r.id);
    const wants = lift.wants.says!.map((w) => w.en);
    const sim = playTurns(lift, [...heard, reading(['propose_solution', 'ask_preference'], { remedies, times: now, owners: me })]);
    expect(signals(sim)).not.toContain('wants-said');
    for (const w of wants) expect(en(sim)).not.toContain(w);
    // Nor after it, while the offer stands: "Is there anything else?" gets no "I wrote it: an engineer today…".
    const after = simulateTurn(lift, sim, 'Is there anything else you would like us to do?', readingOf(['ask_preference'], {}));
    for (const w of [...wants, ...(lift.remarks?.wantsAgain ?? []).map((w) => w.en)]) expect(en(after)).not.toContain(w);
  });

  it('says "you haven\'t answered what I asked" only about a question she has put into words', () => {
    const resident = shipped('angry-resident');
    const doubt = resident.objections.find((o) => o.raisedWhen === 'offer')!;
    const unanswered = resident.remarks?.unanswered?.map((u) => u.en) ?? ["You still haven't answered what I asked."];
    const offered = playTurns(resident, [...heard, { offer: ['propose_solution'] }]);
    expect(offered.objections[doubt.id]).toBe('open');
    // The turn's lines were full (at most three): the objection was raised but never said.
    const doubtSaid = new Set(doubt.says.map((l) => l.en));
    const last = offered.turns.at(-1)!;
    const unsaid: SimState = { ...offered, turns: [...offered.turns.slice(0, -1), { ...last, customer: last.customer.filter((c) => !doubtSaid.has(c.en)) }] };
    const next = simulateTurn(resident, unsaid, 'thanks for your patience', analysisOf('thank'));
    expect(next.objections[doubt.id]).toBe('open');
    expect(doubt.says.some((l) => en(next).includes(l.en))).toBe(true);
    for (const u of unanswered) expect(en(next)).not.toContain(u);
  });

  it('hears a time named in a question as no time for the offer on the table', () => {
    const resident = shipped('angry-resident');
    const remedy = resident.wants.remedies.find((r) => r.verdict === 'accept')!.id;
    const noTime = playTurns(resident, [...heard, reading(['propose_solution'], { remedies: [remedy], owners: me })]);
    expect(noTime.offer).toMatchObject({ remedy, status: 'pending', when: null });
    const text = 'And what did the plumber tell you tomorrow would bring';
    const asked = simulateTurn(resident, noTime, text, { ...readingOf(['ask_open'], { times: [{ start: 29, end: 37, when: 'tomorrow' }] }), evidence: [{ move: 'ask_open', rule: 't', start: 4, end: 8 }] });
    expect(asked.offer).toMatchObject({ remedy, status: 'pending', when: null });
    expect(signals(asked)).not.toContain('solution-late');
    // Said as a statement, the same time is weighed: tomorrow is too late for her.
    const stated = simulateTurn(resident, noTime, 'The plumber comes tomorrow.', readingOf([], { times: [{ start: 18, end: 26, when: 'tomorrow' }] }));
    expect(signals(stated)).toContain('solution-late');
  });
});

describe('a reaction that only speaks', () => {
  it('answers the slip beside an accepted plan without holding back the move the plan earned', () => {
    // airport-bus-refund, blind t7-13: the refund accepted in a reply that also named a rule ("this part needs
    // a supervisor's approval") drew "by the book" — and the customer never moved on to closing.
    const bus = shipped('airport-bus-refund');
    const remedy = bus.wants.remedies.find((r) => r.verdict === 'accept')!.id;
    const heardBus = playTurns(bus, heard);
    const sim = simulateTurn(bus, heardBus, 'refund today, I see to it; our rules need approval', readingOf(['propose_solution', 'take_ownership', 'cite_policy'], { remedies: [remedy], times: now, owners: me }));
    expect(sim.solutionAccepted).toBe(true);
    expect(sim.turns.at(-1)?.reaction).toBe('by-the-book');
    expect(sim.state).toBe('closing');
    // A slip alone still moves nothing.
    const slip = simulateTurn(bus, heardBus, 'those are the rules', readingOf(['cite_policy'], {}));
    expect(slip.state).toBe(heardBus.state);
  });
});

describe('what her opening told', () => {
  it('counts a plan that names back what her letter said as informed, a plan naming nothing of it as blind', () => {
    // lift-outage-email, blind t7-36: "your 82-year-old father on the 17th floor … a hospital appointment
    // tomorrow morning" — then the plan — was answered "You haven't asked a thing about my father".
    const lift = shipped('lift-outage-email');
    const escort = lift.wants.remedies.find((r) => r.verdict === 'accept')!.id;
    // Her feeling acknowledged and calm enough to hear a plan, nothing asked yet.
    const opened: SimState = { ...playTurns(lift, [['apologize', 'empathize']]), hostility: 20 };
    expect(opened.factsKnown).toEqual([]);
    const plan = (facts: string[]) => readingOf(['propose_solution', 'take_ownership'], { remedies: [escort], times: now, owners: me, facts });
    const informed = simulateTurn(lift, opened, 'the plan, for your father', plan(['father']));
    expect(signals(informed)).not.toContain('solution-uninformed');
    expect(signals(informed)).toContain('solution-accepted');
    expect(signals(simulateTurn(lift, opened, 'the plan', plan([])))).toContain('solution-uninformed');
  });
});
