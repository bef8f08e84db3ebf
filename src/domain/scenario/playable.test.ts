import { describe, expect, it } from 'vitest';
import { initialSimState } from '../customer/simulate-turn.ts';
import { weightsOf } from '../customer/turn-draft.ts';
import { parseScenario } from './parse-scenario.ts';
import { difficultyOf, difficultyValues, playable, variationOf } from './playable.ts';
import { BAD_PLAYS, GOOD_PLAYS, playTurns, shipped, shippedDoc, SHIPPED_IDS } from './test-support/shipped.ts';

const resident = shipped('angry-resident');

describe('difficulty, derived from the scenario', () => {
  it('plays standard exactly as the file is written', () => {
    const s = playable(resident, { difficulty: 'standard', seed: 1 });
    expect(s.persona.startHostility).toBe(resident.persona.startHostility);
    expect(s.turnLimit).toEqual(resident.turnLimit);
    expect(s.objections.map((o) => o.id)).toEqual(resident.objections.map((o) => o.id));
    expect(weightsOf(s).patience).toBe(3);
    // The same turns as the file played raw; only the words differ (the seed's name and details fill them in).
    const mechanics = (sim: ReturnType<typeof playTurns>) => ({ ...sim, turns: sim.turns.map(({ customer: _words, ...turn }) => turn) });
    expect(mechanics(playTurns(s, GOOD_PLAYS))).toEqual(mechanics(playTurns(resident, GOOD_PLAYS)));
  });

  it('makes easy calmer, more patient, longer and with fewer objections; hard the reverse', () => {
    const easy = playable(resident, { difficulty: 'easy', seed: 1 });
    const hard = playable(resident, { difficulty: 'hard', seed: 1 });
    expect(easy.persona.startHostility).toBeLessThan(resident.persona.startHostility);
    expect(hard.persona.startHostility).toBeGreaterThan(resident.persona.startHostility);
    // Hard never starts at the breaking point: a first reply must still be possible.
    expect(hard.persona.startHostility).toBeLessThanOrEqual(resident.thresholds.explode - 10);
    expect(weightsOf(easy).patience).toBe(4);
    expect(weightsOf(hard).patience).toBe(3);
    expect(weightsOf(playable(shipped('broken-promise'), { difficulty: 'hard', seed: 1 })).patience).toBe(3);
    expect(easy.turnLimit.turns).toBe(resident.turnLimit.turns + 2);
    expect(hard.turnLimit.turns).toBe(resident.turnLimit.turns);
    expect(easy.objections).toHaveLength(1);
    expect(hard.objections).toHaveLength(resident.objections.length);
    expect(weightsOf(easy).relief.apologize).toBeGreaterThan(weightsOf(resident).relief.apologize ?? 1);
    expect(weightsOf(hard).relief.apologize).toBeLessThan(weightsOf(resident).relief.apologize ?? 1);
  });

  it('calms the same apology more at easy than at hard', () => {
    const first = (difficulty: 'easy' | 'hard') => {
      const s = playable(resident, { difficulty, seed: 1 });
      const sim = playTurns(s, [['apologize', 'empathize']]);
      return sim.turns[0]!.hostilityBefore - sim.turns[0]!.hostility;
    };
    expect(first('easy')).toBeGreaterThan(first('hard'));
  });

  it('lets a scenario override any derived value for one difficulty, keeping the rest', () => {
    const doc = shippedDoc('angry-resident');
    doc.difficulty = { hard: { startHostility: 88, objections: ['doubt'] }, easy: { patience: 6, relief: 1.5 } };
    const s = parseScenario(doc);
    expect(difficultyValues(s, 'hard')).toMatchObject({ startHostility: 88, objections: ['doubt'], patience: 3 });
    expect(playable(s, { difficulty: 'hard', seed: 1 }).objections.map((o) => o.id)).toEqual(['doubt']);
    expect(difficultyValues(s, 'easy')).toMatchObject({ patience: 6, relief: 1.5, startHostility: 63 });
  });

  it('reads an unknown or missing stored difficulty as standard', () => {
    expect(difficultyOf(undefined)).toBe('standard');
    expect(difficultyOf('extreme')).toBe('standard');
    expect(difficultyOf('hard')).toBe('hard');
  });

  it.each(SHIPPED_IDS)('%s: good handling resolves within eight replies and bad breaks down within six, at every difficulty', (id) => {
    for (const difficulty of ['easy', 'standard', 'hard'] as const) {
      const s = playable(shipped(id), { difficulty, seed: 1 });
      const good = playTurns(s, GOOD_PLAYS);
      expect(good.state, difficulty).toBe('resolved');
      expect(good.turn, difficulty).toBeLessThanOrEqual(8);
      const bad = playTurns(s, BAD_PLAYS);
      expect(['escalated', 'walked_out'], difficulty).toContain(bad.state);
      expect(bad.turn, difficulty).toBeGreaterThanOrEqual(2);
      expect(bad.turn, difficulty).toBeLessThanOrEqual(6);
    }
  });
});

describe('seeded variation', () => {
  const varied = () => {
    const doc = shippedDoc('angry-resident') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    doc.persona.variants = [
      { name: { 'zh-Hant': '黃先生', 'zh-Hans': '黄先生', en: 'Mr Wong' }, aliases: ['黃生', 'Mr. Wong'] },
      { name: { 'zh-Hant': '李先生', 'zh-Hans': '李先生', en: 'Mr Lee' } },
    ];
    doc.vars = { ...doc.vars, flat: [{ 'zh-Hant': '11B', 'zh-Hans': '11B', en: '11B' }, { 'zh-Hant': '7A', 'zh-Hans': '7A', en: '7A' }, { 'zh-Hant': '15C', 'zh-Hans': '15C', en: '15C' }] };
    doc.briefing.en = 'Customer {name} from flat {flat} storms in.';
    doc.opening.en = 'I am {name}, flat {flat}. Nobody came!';
    doc.objections[1].optional = true;
    return parseScenario(doc);
  };

  it('picks the name and the details from the seed, and says them wherever the text asks', () => {
    const s = varied();
    const seen = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      const p = playable(s, { difficulty: 'standard', seed });
      expect(p.briefing.en).toBe(`Customer ${p.persona.name.en} from flat ${p.opening.en.match(/flat (\w+)/)?.[1]} storms in.`);
      expect(p.opening.en).not.toContain('{');
      seen.add(`${p.persona.name.en}/${p.opening.en.match(/flat (\w+)/)?.[1]}`);
    }
    // Three names × three flats: a second play is rarely a copy of the first.
    expect(seen.size).toBeGreaterThanOrEqual(7);
  });

  it('gives the same play for the same seed, and counts the chosen name (and its aliases) as using it', () => {
    const s = varied();
    const seed = [...Array(50).keys()].find((n) => variationOf(s, n).nameIndex === 1)!;
    const p = playable(s, { difficulty: 'standard', seed });
    expect(p).toEqual(playable(s, { difficulty: 'standard', seed }));
    expect(p.persona.name.en).toBe('Mr Wong');
    expect(p.persona.aliases).toEqual(['黃生', 'Mr. Wong']);
  });

  it('brings an optional objection on some plays only, and always at hard', () => {
    const s = varied();
    const comes = [...Array(40).keys()].map((seed) => playable(s, { difficulty: 'standard', seed }).objections.some((o) => o.id === 'damage-cost'));
    expect(comes).toContain(true);
    expect(comes).toContain(false);
    for (let seed = 0; seed < 10; seed++) expect(playable(s, { difficulty: 'hard', seed }).objections.map((o) => o.id)).toContain('damage-cost');
  });

  it('starts the customer at the play\'s hostility', () => {
    const p = playable(varied(), { difficulty: 'easy', seed: 3 });
    expect(initialSimState(p, 3).hostility).toBe(p.persona.startHostility);
  });
});
