// A stored attempt replays exactly (issue 15 item 4): its seed and difficulty, with its replies, give the
// same conversation — the same customer name, details, objections and line variants — and the same score.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../domain/drill/run-drill.ts';
import { rescore } from '../../../domain/records/rescore.ts';
import { golden } from '../../../domain/scenario/golden/angry-resident.golden.ts';
import { shippedDoc } from '../../../domain/scenario/test-support/shipped.ts';
import { createDrillEngine } from './drill-engine.ts';
import { buildAttempt } from './finish-attempt.ts';

/** angry-resident with seeded variation: three names, three flats, an optional objection. */
function variedDoc() {
  const doc = shippedDoc('angry-resident') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  doc.persona.variants = [
    { name: { 'zh-Hant': '黃先生', 'zh-Hans': '黄先生', en: 'Mr Wong' } },
    { name: { 'zh-Hant': '李先生', 'zh-Hans': '李先生', en: 'Mr Lee' } },
  ];
  doc.vars = { ...doc.vars, flat: [{ 'zh-Hant': '11B', 'zh-Hans': '11B', en: '11B' }, { 'zh-Hant': '7A', 'zh-Hans': '7A', en: '7A' }, { 'zh-Hant': '15C', 'zh-Hans': '15C', en: '15C' }] };
  doc.opening.en = `I'm {name} from {flat}. ${doc.opening.en}`;
  doc.objections[1].optional = true;
  return doc;
}

const REPLIES = golden.replies.good.en;

function play(seed: number, difficulty: 'easy' | 'standard' | 'hard') {
  const engine = createDrillEngine(variedDoc());
  const run = runDrill(engine.scenario, REPLIES, { read: engine.read, seed, difficulty, locale: 'en', diagnosis: null });
  return { engine, attempt: buildAttempt(engine, run.context) };
}

describe('a stored attempt replays exactly', () => {
  it.each([
    [11, 'easy'],
    [12, 'standard'],
    [13, 'hard'],
  ] as const)('seed %i at %s: the same transcript and score from the stored seed, difficulty and replies', (seed, difficulty) => {
    const { engine, attempt } = play(seed, difficulty);
    expect(attempt.seed).toBe(seed);
    expect(attempt.difficulty).toBe(difficulty);
    // Stored and read back as JSON, then replayed from nothing but what the record holds.
    const stored = JSON.parse(JSON.stringify(attempt)) as typeof attempt;
    const replay = runDrill(engine.scenario, stored.replies.map((r) => r.text), { read: engine.read, seed: stored.seed, difficulty: stored.difficulty, locale: stored.locale, diagnosis: null });
    expect(buildAttempt(engine, replay.context).transcript).toEqual(stored.transcript);
    expect(rescore(stored, engine.scenario, engine.read)).toMatchObject({ score: stored.score, passed: stored.passed, outcome: stored.outcome });
  });

  it('records the play the trainee met: the seed\'s name and details in the opening, the difficulty\'s starting hostility', () => {
    const openings = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) openings.add(play(seed, 'standard').attempt.transcript[0]!.text);
    expect(openings.size).toBeGreaterThan(3);
    for (const o of openings) expect(o).toMatch(/^I'm Mr (Chan|Wong|Lee) from (11B|7A|15C)\./);
    expect(play(5, 'easy').attempt.transcript[0]!.hostility).toBeLessThan(play(5, 'hard').attempt.transcript[0]!.hostility!);
  });
});
