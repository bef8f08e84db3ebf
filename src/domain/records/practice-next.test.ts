import { describe, expect, it } from 'vitest';
import type { Dimension } from '../scoring/scorecard.types.ts';
import type { AttemptLike } from './attempt.types.ts';
import { practiceNext, REST_ATTEMPTS, skillProgress, SKILLS } from './practice-next.ts';

const PATH = ['phone-lost-warranty', 'broken-promise', 'angry-resident'];
let n = 0;
/** An attempt on `scenarioId` ending on day `day`, every skill at 80 unless given. */
function attempt(scenarioId: string, day: number, dims: Partial<Record<Dimension, number>> = {}): AttemptLike {
  const dimensions = Object.fromEntries(SKILLS.map((s) => [s, dims[s] ?? 80]));
  return {
    id: `a${n++}`, trainee: 'T', scenarioId, scenarioVersion: 'v', locale: 'en', mode: 'practice', seed: 1, replies: [], score: 70, passed: true, outcome: 'resolved',
    scorecard: { engine: { dimensions } }, endedAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
  };
}

describe('practiceNext', () => {
  it('starts a new trainee at the beginning of the path', () => {
    expect(practiceNext([], PATH)).toEqual({ scenarioId: 'phone-lost-warranty', skill: null, average: null, over: 0, resting: [] });
  });

  it('recommends nothing when there is no scenario', () => {
    expect(practiceNext([attempt('x', 1)], [])).toBeNull();
  });

  it('targets the weakest skill over the recent attempts, in the scenario where it is weakest', () => {
    const advice = practiceNext([attempt('phone-lost-warranty', 1, { ask: 50 }), attempt('broken-promise', 2, { ask: 30, judge: 60 }), attempt('angry-resident', 3, { ask: 70 })], PATH);
    // ask: (50 + 30 + 70) / 3 = 50, below judge's (80 + 60 + 80) / 3.
    expect(advice).toMatchObject({ skill: 'ask', average: 50, over: 3, scenarioId: 'broken-promise', resting: [] });
  });

  it('counts only the latest five attempts, in time order whatever the stored order', () => {
    const old = [1, 2, 3].map((d) => attempt('angry-resident', d, { listen: 10 }));
    const latest = [4, 5, 6, 7, 8].map((d) => attempt('angry-resident', d, { observe: 55 }));
    expect(practiceNext([...latest.reverse(), ...old], PATH)).toMatchObject({ skill: 'observe', average: 55, over: 5 });
  });

  it('prefers a scenario not tried yet over one where the skill is fair, not over one where it is weak', () => {
    expect(practiceNext([attempt('phone-lost-warranty', 1, { decide: 70 })], PATH)?.scenarioId).toBe('broken-promise');
    expect(practiceNext([attempt('phone-lost-warranty', 1, { decide: 40 })], PATH)?.scenarioId).toBe('phone-lost-warranty');
  });

  it('spaced: a skill whose drill was just played rests while the next weakest gets its turn, then comes back', () => {
    const history = [attempt('phone-lost-warranty', 1, { ask: 30, judge: 50 })];
    const first = practiceNext(history, PATH)!;
    expect(first).toMatchObject({ skill: 'ask', scenarioId: 'phone-lost-warranty' });
    // The trainee plays it; ask is still the weakest, but it rests.
    history.push(attempt(first.scenarioId, 2, { ask: 40, judge: 50 }));
    const second = practiceNext(history, PATH)!;
    expect(second).toMatchObject({ skill: 'judge', resting: ['ask'] });
    // After REST_ATTEMPTS attempts, ask is back.
    for (let i = 0; i < REST_ATTEMPTS; i++) history.push(attempt('angry-resident', 3 + i, { ask: 40, judge: 75 }));
    expect(practiceNext(history, PATH)).toMatchObject({ skill: 'ask', resting: [] });
  });

  it('a drill played that was not the recommended one does not rest the skill', () => {
    const history = [attempt('phone-lost-warranty', 1, { ask: 30 }), attempt('angry-resident', 2, { ask: 30 })];
    // The advice after day 1 was phone-lost-warranty (ask 30 there); angry-resident was played instead.
    expect(practiceNext(history, PATH)).toMatchObject({ skill: 'ask', resting: [] });
  });

  it('when every scored skill rests, the weakest is still recommended (never nothing)', () => {
    // Scorecards that only know one skill: once its drill is played, there is no other to turn to.
    const askOnly = (day: number) => ({ ...attempt('phone-lost-warranty', day), scorecard: { engine: { dimensions: { ask: 30 } } } });
    expect(practiceNext([askOnly(1), askOnly(2)], PATH)).toMatchObject({ skill: 'ask', scenarioId: 'phone-lost-warranty', resting: [] });
  });
});

describe('skillProgress', () => {
  it('gives each skill’s score per attempt, oldest first, over the latest attempts only', () => {
    const attempts = [attempt('angry-resident', 3, { ask: 30 }), attempt('angry-resident', 1, { ask: 10 }), attempt('angry-resident', 2, { ask: 20.4 })];
    const progress = skillProgress(attempts, 2);
    expect(progress.series.ask).toEqual([20, 30]);
    expect(progress.dates).toEqual([new Date(Date.UTC(2026, 0, 2)).toISOString(), new Date(Date.UTC(2026, 0, 3)).toISOString()]);
  });

  it('leaves a gap where a stored scorecard lacks a skill', () => {
    const broken = { ...attempt('angry-resident', 1), scorecard: { engine: { dimensions: { listen: 40 } } } };
    expect(skillProgress([broken]).series).toMatchObject({ listen: [40], ask: [null] });
  });
});
