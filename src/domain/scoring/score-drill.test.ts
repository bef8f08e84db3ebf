import { describe, expect, it } from 'vitest';
import { isEndState } from '../scenario/end-states.ts';
import { BAD_PLAYS, GOOD_PLAYS, playTurns, shipped, SHIPPED_IDS } from '../scenario/test-support/shipped.ts';
import { scoreDrill } from './score-drill.ts';
import { endingOf, factsUncovered } from './drill-ending.ts';

const card = (id: string, plays: Parameters<typeof playTurns>[1], diagnosis?: Parameters<typeof scoreDrill>[1]['diagnosis']) => {
  const scenario = shipped(id);
  const sim = playTurns(scenario, plays);
  return scoreDrill(scenario, { sim, outcome: isEndState(sim.state) ? sim.state : 'incomplete', locale: 'zh-Hant', diagnosis });
};
// The good plays with questions and the solution moved before the apology and empathy.
const FACTS_FIRST = [GOOD_PLAYS[2]!, GOOD_PLAYS[3]!, GOOD_PLAYS[4]!, GOOD_PLAYS[0]!, GOOD_PLAYS[1]!, GOOD_PLAYS[5]!, GOOD_PLAYS[6]!];

describe('scoreDrill', () => {
  it.each(SHIPPED_IDS)('%s: facts before feelings scores lower on emotionFirst and overall than the same replies in order', (id) => {
    const good = card(id, GOOD_PLAYS);
    const factsFirst = card(id, FACTS_FIRST);
    expect(factsFirst.dimensions.emotionFirst).toBeLessThan(good.dimensions.emotionFirst);
    expect(factsFirst.score).toBeLessThan(good.score);
  });

  it('passes a resolved drill above the pass mark, and never a breakdown', () => {
    const good = card('angry-resident', GOOD_PLAYS, { cause: 'service', severity: 'serious', motive: 'fix' });
    expect(good).toMatchObject({ outcome: 'resolved', passed: true });
    // With a correct diagnosis every dimension is at or near 100 (observe misses only the name).
    expect(good.score).toBeGreaterThanOrEqual(95);
    const bad = card('angry-resident', BAD_PLAYS);
    expect(['escalated', 'walked_out']).toContain(bad.outcome);
    expect(bad.passed).toBe(false);
  });

  it('reports the hostility curve, customer lines in the drill locale, and evidence by turn', () => {
    const c = card('angry-resident', GOOD_PLAYS);
    expect(c.hostility).toHaveLength(GOOD_PLAYS.length);
    expect(c.turns[0]?.customer).toMatch(/[\u4e00-\u9fff]/);
    expect(c.turns.flatMap((t) => t.evidence).every((e) => e.turn !== null)).toBe(true);
    expect(c.evidence.every((e) => e.turn === null)).toBe(true);
    expect(Object.values(c.dimensions).every((v) => v >= 0 && v <= 100)).toBe(true);
  });

  it('scores an empty transcript 0 on every dimension', () => {
    const empty = card('angry-resident', []);
    expect(empty).toMatchObject({ outcome: 'incomplete', score: 0, passed: false });
    expect(Object.values(empty.dimensions).every((v) => v === 0)).toBe(true);
  });

  it('marks a transcript that stops early as incomplete, scored below the finished one', () => {
    const early = card('angry-resident', GOOD_PLAYS.slice(0, 4));
    expect(early.outcome).toBe('incomplete');
    expect(early.score).toBeLessThan(card('angry-resident', GOOD_PLAYS).score);
  });

  // scen15o (blind t16-20): a salad of apologies, named feelings and "we will follow up with a satisfactory solution"
  // earned listening, observing and feelings-first points and scored 51 — gaming must stay at 50 or less.
  it.each(SHIPPED_IDS)('%s: listening alone, stopped before anything was offered, never passes the fifty gaming must stay under', (id) => {
    const listenedOnly = card(id, GOOD_PLAYS.slice(0, 4));
    expect(listenedOnly.outcome).toBe('incomplete');
    expect(listenedOnly.score).toBeLessThanOrEqual(50);
    // The same listening followed by an offer, stopped as early, is further along and scores more.
    expect(card(id, GOOD_PLAYS.slice(0, 5)).score).toBeGreaterThan(listenedOnly.score);
  });
});

describe('how the drill ended (drill-ending.ts)', () => {
  it('says the reply limit, not patience, when the replies ran out while she was settling down', () => {
    const scenario = { ...shipped('angry-resident'), turnLimit: { turns: 2, outcome: 'walked_out' as const } };
    const sim = playTurns(scenario, GOOD_PLAYS.slice(0, 2));
    expect(sim.state).toBe('walked_out');
    expect(sim.turns.at(-1)!.hostility).toBeLessThan(scenario.thresholds.explode);
    expect(endingOf(scenario, sim.turns)).toBe('turn-limit');
    expect(scoreDrill(scenario, { sim, outcome: 'walked_out', locale: 'en' }).ending).toBe('turn-limit');
  });

  it('names no reply limit for a breakdown, and none before the end', () => {
    const scenario = shipped('angry-resident');
    const bad = playTurns(scenario, BAD_PLAYS);
    expect(endingOf(scenario, bad.turns)).not.toBe('turn-limit');
    expect(endingOf(scenario, playTurns(scenario, GOOD_PLAYS.slice(0, 1)).turns)).toBeNull();
  });

  it('counts the facts uncovered once, the way the drill sidebar does', () => {
    const scenario = shipped('angry-resident');
    const sim = playTurns(scenario, GOOD_PLAYS);
    const c = scoreDrill(scenario, { sim, outcome: isEndState(sim.state) ? sim.state : 'incomplete', locale: 'en' });
    const said = c.evidence.find((e) => e.rule === 'questions' && e.message.params.found !== undefined)!;
    const { found, total } = factsUncovered(scenario, sim.turns);
    expect(said.message.params).toMatchObject({ found: found.size, total });
  });
});
