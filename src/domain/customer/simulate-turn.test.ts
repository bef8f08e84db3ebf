import { describe, expect, it } from 'vitest';
import type { ForbiddenHit } from '../reply/reply.types.ts';
import type { Scenario, SimState } from '../scenario/scenario.types.ts';
import { analysisOf, readingOf } from '../scenario/test-support/keyword-classifier.ts';
import { BAD_PLAYS, GOOD_PLAYS, offerOf, playTurns, shipped, SHIPPED_IDS, type Play } from '../scenario/test-support/shipped.ts';
import { MAX_RELIEF_PER_TURN } from './hostility-rules.ts';
import { initialSimState, simulateTurn } from './simulate-turn.ts';

const resident = shipped('angry-resident');
const hit: ForbiddenHit = { list: 'angry-customer', id: 'x/1', phrase: '你別激動', matched: '你別激動', start: 0, end: 4, implies: 'dismiss_emotion', better: '', source: '000_08713545b2ee6cbf.txt' };
const provoke: Play = { analysis: { ...analysisOf('dismiss_emotion'), forbidden: [hit] } };
const en = (sim: SimState, turn = -1) => sim.turns.at(turn)?.customer.map((c) => c.en).join(' ') ?? '';
const signals = (sim: SimState, turn = -1) => sim.turns.at(turn)?.signals ?? [];
const play = (scenario: Scenario, plays: Play[]) => playTurns(scenario, plays);
/** Listened and asked: the customer has calmed and told a fact, so an offer is heard. */
const heard: Play[] = [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']];

describe('the hostility curve', () => {
  it('falls with apology and empathy, and rises sharply on a forbidden phrase', () => {
    const start = resident.persona.startHostility;
    expect(play(resident, [['apologize']]).hostility).toBeLessThan(start);
    expect(play(resident, [['apologize', 'empathize']]).hostility).toBeLessThan(play(resident, [['apologize']]).hostility);
    expect(play(resident, [provoke]).hostility - start).toBeGreaterThanOrEqual(20);
  });

  it('answers a fact question curtly while hostile, fully once calmer', () => {
    const hot = play(resident, [['ask_open']]);
    expect(hot.factsKnown).toEqual([]);
    expect(signals(hot)).toContain('question-curt');
    const calm = play(resident, [['apologize', 'empathize'], ['acknowledge'], ['ask_open']]);
    expect(calm.factsKnown.length).toBeGreaterThan(0);
  });

  it('calms gradually: one reply lowers hostility by at most MAX_RELIEF_PER_TURN', () => {
    const all = play(resident, [['greet', 'apologize', 'empathize', 'acknowledge', 'paraphrase', 'take_ownership', 'thank']]);
    expect(resident.persona.startHostility - all.hostility).toBeLessThanOrEqual(MAX_RELIEF_PER_TURN);
  });

  it('rejects a solution offered before the feeling was acknowledged', () => {
    const early = play(resident, [{ offer: ['propose_solution'] }]);
    expect(signals(early)).toContain('solution-rejected');
    expect(early.hostility).toBeGreaterThan(resident.persona.startHostility);
    expect(early.solutionAccepted).toBe(false);
  });

  it('hears a solution once the story was told and restated, with no apology needed', () => {
    // A calm customer with a suggestion, thanked, asked and paraphrased, has been heard out: the offer
    // that follows is weighed, not refused as "you haven't heard me out".
    const lobby = shipped('lobby-suggestion');
    const listened: Play[] = [['thank', 'ask_open'], ['ask_open', 'ask_closed'], ['paraphrase', 'ask_closed']];
    const offered = play(lobby, [...listened, { offer: ['propose_solution', 'take_ownership'] }]);
    expect(signals(offered)).not.toContain('solution-rejected');
    expect(offered.solutionAccepted).toBe(true);
    // Questions alone are not hearing her out: the same offer after them is still too soon.
    expect(signals(play(lobby, [['thank', 'ask_open'], ['ask_open', 'ask_closed'], { offer: ['propose_solution', 'take_ownership'] }]))).toContain('solution-rejected');
  });

  it('hears her out when the paraphrase restates what her opening words told (blind t8-22)', () => {
    // 你係話大堂信箱嗰邊啲燈太暗…? restates her opening (the lights) before any detail has come out.
    const lobby = shipped('lobby-suggestion');
    const restated = (facts: string[]): Play => ({ analysis: readingOf(['paraphrase', 'ask_closed'], { facts }) });
    const offer: Play = { offer: ['propose_solution', 'take_ownership'] };
    expect(signals(play(lobby, [['thank'], restated(['lighting']), offer]))).not.toContain('solution-rejected');
    // A "paraphrase" that names nothing she has said hears nothing.
    expect(signals(play(lobby, [['thank'], restated([]), offer]))).toContain('solution-rejected');
  });
});

describe('substance over keywords', () => {
  it('warm words alone calm the customer only down to the middle band', () => {
    const warm = play(resident, [['apologize', 'empathize'], ['acknowledge', 'empathize'], ['apologize', 'thank']]);
    expect(warm.understood).toBe(false);
    expect(warm.hostility).toBeGreaterThanOrEqual(resident.thresholds.mid);
  });

  it('a question the customer answered shows understanding, and lets the calm go further', () => {
    const sim = play(resident, [...heard, ['apologize', 'empathize']]);
    expect(sim.understood).toBe(true);
  });

  it('a repeated reply stops working and starts to irritate', () => {
    const same = { text: '陳先生,真係好對唔住,我明白你好嬲。', analysis: analysisOf('apologize', 'empathize') };
    const sim = play(resident, [same, same]);
    expect(signals(sim)).toContain('parroted');
    expect(sim.hostility).toBeGreaterThan(sim.turns[0]!.hostility);
  });

  it('says so when sorry comes for the third time with nothing done', () => {
    const sim = play(resident, [['apologize'], ['apologize', 'empathize'], ['apologize', 'acknowledge']]);
    expect(signals(sim)).toContain('apology-repeated');
    expect(en(sim)).toMatch(/sorr/i);
  });

  it('after "go on, I\'m listening", the first apology and empathy still calm: they are the feelings step, not hollow', () => {
    const listened = play(resident, [['greet', 'acknowledge']]);
    const sim = simulateTurn(resident, listened, "I'm so sorry, I'd be furious too.", analysisOf('apologize', 'empathize'));
    expect(signals(sim)).not.toContain('stalled');
    expect(sim.hostility).toBeLessThan(listened.hostility - 15);
    // Said again with nothing behind it, warmth is hollow as before.
    const again = simulateTurn(resident, sim, "I'm sorry, I understand.", analysisOf('apologize', 'empathize'));
    expect(signals(again)).toContain('stalled');
  });

  it('gives up on hollow replies: keyword salad walks out before the turn limit', () => {
    const salad: Play[] = Array.from({ length: 8 }, () => ['apologize', 'empathize', 'ask_open', 'take_ownership']);
    const sim = play(resident, salad);
    expect(['walked_out', 'escalated']).toContain(sim.state);
    expect(sim.solutionAccepted).toBe(false);
  });
});

describe('escalation is a ladder (000: potential → ordinary → serious → crisis)', () => {
  it('one harmful reply draws a sharp reaction and a warning, but does not end the drill', () => {
    const sim = play(resident, [provoke]);
    expect(sim.state).toBe(resident.initial);
    expect(sim.hostility).toBeLessThan(resident.thresholds.explode);
  });

  it.each(SHIPPED_IDS)('%s: repeated mishandling escalates or walks out within two to six replies', (id) => {
    const sim = playTurns(shipped(id), [provoke, provoke, provoke, provoke, provoke, provoke]);
    expect(['escalated', 'walked_out']).toContain(sim.state);
    expect(sim.turn).toBeGreaterThanOrEqual(2);
    expect(sim.turn).toBeLessThanOrEqual(6);
  });

  it('a provocation the scenario marks final ends the drill at once', () => {
    const scenario = structuredClone(resident);
    scenario.reactions.unshift({ id: 'last-straw', when: { forbidden: true }, goto: 'escalated', final: true });
    expect(playTurns(scenario, [provoke]).state).toBe('escalated');
  });

  it('at the breaking point, the end the reaction chose wins over explodeTo, so the customer never demands the manager and walks out in one breath', () => {
    const scenario = structuredClone(resident);
    scenario.explodeTo = 'walked_out';
    scenario.reactions.unshift({ id: 'wants-the-manager', when: { forbidden: true, hostilityAtLeast: 60 }, say: [{ 'zh-Hant': '叫你經理出嚟。', 'zh-Hans': '叫你们经理出来。', en: 'Get me your manager.' }], goto: 'escalated' });
    const sim = playTurns(scenario, [provoke, provoke, provoke, provoke, provoke, provoke]);
    expect(sim.hostility).toBeGreaterThanOrEqual(scenario.thresholds.explode);
    expect(sim.state).toBe('escalated');
    expect(en(sim)).toContain(scenario.endStates.escalated.line.en);
    expect(en(sim)).not.toContain(scenario.endStates.walked_out.line.en);
  });
});

describe('memory: the customer never says the same line twice in a row', () => {
  it.each(SHIPPED_IDS)('%s, across hollow replies, curt answers and band lines', (id) => {
    const scenario = shipped(id);
    const sim = playTurns(scenario, [['acknowledge'], ['ask_open'], ['ask_open'], [], ['vague'], ['acknowledge'], ['apologize'], ['thank']]);
    const said = sim.turns.map((t) => t.customer.map((c) => c.en));
    for (let i = 1; i < said.length; i++) for (const line of said[i]!) expect(said[i - 1], `turn ${i + 1}`).not.toContain(line);
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
    const drop = (s: Scenario, name: string) => s.persona.startHostility - simulateTurn(s, initialSimState(s), name, analysisOf('apologize')).hostility;
    const peacockGain = drop(peacock, `${peacock.persona.name.en}, sorry`) - drop(peacock, 'sorry');
    const eagleGain = drop(resident, `${resident.persona.name.en}, sorry`) - drop(resident, 'sorry');
    expect(peacockGain).toBeGreaterThan(eagleGain);
  });
});

describe('realism targets, every shipped scenario', () => {
  it.each(SHIPPED_IDS)('%s: the six steps in order, with a concrete offer, resolve within eight replies', (id) => {
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
    expect(playTurns(resident, GOOD_PLAYS, 7)).toEqual(playTurns(resident, GOOD_PLAYS, 7));
  });

  it('ignores replies after an end state', () => {
    const done = playTurns(resident, GOOD_PLAYS);
    expect(simulateTurn(resident, done, 'more', offerOf(resident, ['thank']))).toBe(done);
  });
});
