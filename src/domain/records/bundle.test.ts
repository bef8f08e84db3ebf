import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { BundleRefused, createBundle, MAX_BUNDLE_BYTES, parseBundle } from './bundle.ts';
import { rescore, scenarioVersionOf, verifyAttempt } from './rescore.ts';

const scenario = shipped('angry-resident');
const classify = createReader(scenario);
const replies = ['陳先生,真的很抱歉,漏水一個星期確實讓人很煩。', '您慢慢說,我在聽。能告訴我當時是怎麼回應您的嗎?', '我今天下午就安排師傅上門,這件事由我跟進到底。'];

/** An attempt as the drill app stores it, scored by the same engine. */
function attempt(id = 'att-1') {
  const base = { id, trainee: '陳大文', scenarioId: scenario.id, scenarioVersion: scenarioVersionOf(scenario), locale: 'zh-Hant' as const, mode: 'practice' as const, seed: 7, replies: replies.map((text) => ({ text, at: '2026-01-01T10:00:00.000Z' })) };
  const r = rescore({ ...base, score: 0, passed: false, outcome: 'incomplete', scorecard: {}, endedAt: '' }, scenario, classify);
  return {
    schemaVersion: 1 as const,
    ...base,
    transcript: [{ speaker: 'customer' as const, text: '…', hostility: 80 }],
    score: r.score,
    passed: r.passed,
    outcome: r.outcome,
    scorecard: { engine: { dimensions: r.dimensions, turns: [], hostility: [] }, hintsUsed: 0, hintCost: 0 },
    startedAt: '2026-01-01T09:58:00.000Z',
    endedAt: '2026-01-01T10:05:00.000Z',
  };
}

const file = (attempts: unknown[]) => {
  const text = createBundle(attempts, [], new Date('2026-01-02T00:00:00Z'));
  return parseBundle(text, text.length);
};

describe('bundle', () => {
  it('round-trips attempts', () => {
    const b = file([attempt()]);
    expect(b.attempts[0]?.trainee).toBe('陳大文');
    expect(b.overrides).toEqual([]);
  });

  it('refuses oversized, non-JSON, foreign, newer and invalid files with the reason', () => {
    const refused = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof BundleRefused ? e.reason : 'other';
      }
      return 'accepted';
    };
    expect(refused(() => parseBundle('{}', MAX_BUNDLE_BYTES + 1))).toBe('tooLarge');
    expect(refused(() => parseBundle('{not json', 9))).toBe('notJson');
    expect(refused(() => parseBundle('{"format":"other"}', 18))).toBe('notBundle');
    expect(refused(() => parseBundle('{"format":"defuse-attempts","version":9}', 40))).toBe('newerVersion');
    const bad = { ...attempt(), score: 'high' };
    expect(refused(() => file([attempt('a'), bad]))).toBe('invalid');
    expect(refused(() => file([attempt('a'), attempt('a')]))).toBe('duplicateInFile');
  });

  it('says where an invalid file is wrong', () => {
    try {
      file([attempt('a'), { ...attempt('b'), score: 'high' }]);
    } catch (e) {
      expect((e as BundleRefused).detail).toMatch(/^attempt "b" \(attempts\[2\]\): score:/);
    }
  });

  const refusal = (fn: () => unknown): { reason: string; detail: string } | 'accepted' => {
    try {
      fn();
    } catch (e) {
      if (e instanceof BundleRefused) return { reason: e.reason, detail: e.detail };
      throw e;
    }
    return 'accepted';
  };

  it('refuses a scorecard the attempt page cannot show (turns [1,2,3] broke that page for good), naming attempt and field', () => {
    const a = attempt('bad-turns');
    const broken = { ...a, scorecard: { ...a.scorecard, engine: { ...a.scorecard.engine, turns: [1, 2, 3] } } };
    expect(refusal(() => file([broken]))).toEqual({ reason: 'invalid', detail: expect.stringMatching(/^attempt "bad-turns" \(attempts\[1\]\): scorecard\.engine\.turns\[1\]: /) });
  });

  it('passes nothing from the file to the translator but the app\'s own ids and keys ($t(common.appName) rendered "Defuse")', () => {
    const a = attempt('inject');
    const item = { rule: 'x', dimension: 'listen', turn: 1, span: null, points: 1, message: { key: '$t(common.appName)', params: {} }, suggestion: null };
    const turn = { reply: 'r', acts: [], forbidden: [], customer: 'c', hostility: 50, facts: [], evidence: [item] };
    const withTurn = (t: object) => ({ ...a, scorecard: { ...a.scorecard, engine: { ...a.scorecard.engine, turns: [t] } } });
    expect(refusal(() => file([withTurn(turn)]))).toMatchObject({ reason: 'invalid', detail: expect.stringContaining('not a scorecard message key') });
    expect(refusal(() => file([withTurn({ ...turn, evidence: [{ ...item, message: { key: 'scorecards.x', params: {} }, dimension: '$t(common.appName)' }] })]))).toMatchObject({ reason: 'invalid' });
    expect(refusal(() => file([withTurn({ ...turn, acts: ['$t(common.appName)'] })]))).toMatchObject({ reason: 'invalid' });
    expect(file([withTurn({ ...turn, evidence: [{ ...item, message: { key: 'scorecards.rules.x', params: { words: '$t(common.appName)' } } }] })]).attempts).toHaveLength(1);
  });

  it('treats only a whole number above 1 as a newer version; 0, none, "1" and 1.5 are invalid versions', () => {
    const text = (version: unknown) => JSON.stringify({ format: 'defuse-attempts', ...(version === undefined ? {} : { version }), exportedAt: '2026-01-02T00:00:00Z', attempts: [] });
    expect(refusal(() => parseBundle(text(2), 9))).toEqual({ reason: 'newerVersion', detail: '2' });
    for (const v of [0, undefined, '1', 1.5]) {
      expect(refusal(() => parseBundle(text(v), 9))).toEqual({ reason: 'invalid', detail: `version: must be 1, not ${JSON.stringify(v ?? null)}` });
    }
    expect(refusal(() => parseBundle(text(1), 9))).toBe('accepted');
  });

  it('refuses dates in year 9999 and attempts that end before they start', () => {
    expect(refusal(() => file([{ ...attempt('far'), endedAt: '9999-01-01T00:00:00.000Z' }]))).toEqual({ reason: 'invalid', detail: 'attempt "far" (attempts[1]): endedAt: a date before 2020 or in the future' });
    expect(refusal(() => file([{ ...attempt('back'), startedAt: '2026-01-01T11:00:00.000Z' }]))).toEqual({ reason: 'invalid', detail: 'attempt "back" (attempts[1]): endedAt: ends before it starts' });
  });

  it('reads a bundle with a byte-order mark like one without, and refuses duplicate keys', () => {
    const text = createBundle([attempt()], [], new Date('2026-01-02T00:00:00Z'));
    expect(parseBundle(`\uFEFF${text}`, text.length + 3).attempts).toHaveLength(1);
    expect(refusal(() => parseBundle(text.replace('"trainee":', '"trainee": "x", "trainee":'), text.length))).toMatchObject({ reason: 'invalid', detail: expect.stringContaining('appears twice') });
  });
});

describe('verifyAttempt', () => {
  it('verifies an untouched attempt', () => {
    expect(verifyAttempt(attempt(), scenario, classify).status).toBe('verified');
  });

  it('flags an edited score and shows the recomputed one', () => {
    const a = attempt();
    const edited = { ...a, score: Math.min(100, a.score + 20) };
    const v = verifyAttempt(edited, scenario, classify);
    expect(v.status).toBe('mismatch');
    if (v.status === 'mismatch') {
      expect(v.fields).toContain('score');
      expect(v.recomputed.score).toBe(a.score);
    }
  });

  it('flags an edited dimension', () => {
    const a = attempt();
    const edited = { ...a, scorecard: { ...a.scorecard, engine: { ...a.scorecard.engine, dimensions: { ...a.scorecard.engine.dimensions, listen: 100 } } } };
    const v = verifyAttempt(edited, scenario, classify);
    expect(v.status === 'mismatch' && v.fields).toEqual(a.scorecard.engine.dimensions.listen === 100 ? false : ['listen']);
  });

  it('cannot verify another scenario version or an unknown scenario', () => {
    expect(verifyAttempt({ ...attempt(), scenarioVersion: '1-deadbeef' }, scenario, classify)).toEqual({ status: 'unverifiable', reason: 'otherVersion' });
    expect(verifyAttempt(attempt(), null, null)).toEqual({ status: 'unverifiable', reason: 'unknownScenario' });
  });
});
