// scen15hh: facts first scored like good handling. emotionFirst weighs 0.15, so even at 0 it costs at most 15 points, and a
// drill that opened with two or three replies of cold questions and read-backs and then handled everything well resolved at
// exactly 75 (probe p15ff-04 at easy; p15ff-06, blind t35-02). From two replies charged as facts first before the feeling
// was met, the score stays under good handling (weights.ts FACTS_FIRST_SCORE_CAP); one such reply is a slip the dimension
// charges and no more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { scoreDrill } from './score-drill.ts';
import { FACTS_FIRST_SCORE_CAP } from './weights.ts';

interface Drill { id: string; scenario: string; locale: Locale; replies: string[] }
const load = (file: string): Drill[] => readFileSync(new URL(`../../../tests/transcripts/${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Drill);
const drill = (file: string, id: string) => load(file).find((d) => d.id === id)!;
function score(d: Drill, replies: readonly string[]) {
  const s = shipped(d.scenario);
  const run = runDrill(s, replies, { read: createReader(s), locale: d.locale, difficulty: 'easy', seed: baseSeed(s) });
  return { outcome: run.outcome, card: scoreDrill(run.played, { ...run, locale: d.locale }) };
}

describe('facts first scores under good handling however well it ends (scen15hh)', () => {
  const restaurant = drill('probe-warm-and-facts-first.jsonl', 'p15ff-04');

  it('three replies of facts before the feeling, then excellent handling: resolved, but under 75', () => {
    const { outcome, card } = score(restaurant, restaurant.replies);
    expect(outcome).toBe('resolved');
    expect(card.score).toBeLessThanOrEqual(FACTS_FIRST_SCORE_CAP);
  });

  it('two such replies are enough', () => {
    expect(score(restaurant, restaurant.replies.slice(1)).card.score).toBeLessThanOrEqual(FACTS_FIRST_SCORE_CAP);
  });

  it('one reply of facts before the feeling is charged, not capped: the rest of good handling still counts', () => {
    const { outcome, card } = score(restaurant, restaurant.replies.slice(2));
    expect(outcome).toBe('resolved');
    expect(card.dimensions.emotionFirst).toBeLessThan(100);
    expect(card.score).toBeGreaterThan(FACTS_FIRST_SCORE_CAP);
  });

  it('a zh-Hans airport facts-first drill that resolved at 75 (blind t35-02) stays under it', () => {
    const bus = drill('blind-t35.jsonl', 't35-02');
    expect(score(bus, bus.replies).card.score).toBeLessThanOrEqual(FACTS_FIRST_SCORE_CAP);
  });
});
