import { describe, expect, it } from 'vitest';
import { shipped } from '../scenario/test-support/shipped.ts';
import { parseTestPlanText } from './parse-test-plan.ts';
import { runScenarioTests } from './run-scenario-tests.ts';

describe('runScenarioTests', () => {
  const scenario = shipped('angry-resident');
  it('passes when outcome and score hold, and lists every broken expectation', () => {
    const [ok, bad] = runScenarioTests(scenario, [
      { name: 'a', locale: 'en', seed: 1, replies: [], expect: { outcome: 'incomplete', score: { min: 0, max: 100 } } },
      { name: 'b', locale: 'en', seed: 1, replies: [], expect: { outcome: 'resolved', score: { min: 90, max: 100 } } },
    ]);
    expect(ok?.passed).toBe(true);
    expect(bad?.passed).toBe(false);
    expect(bad?.failures.map((f) => f.kind)).toEqual(['outcome', 'score']);
  });

  it('plays with an entry the pattern checks refuse left out, instead of throwing (the validator names it)', () => {
    const entries = scenario.lexicon?.entries ?? [];
    const bad = { ...scenario, lexicon: { ...scenario.lexicon, entries: [...entries, { id: 'org/apologize/en/1', move: 'apologize' as const, lang: 'en' as const, pattern: '(a+)+b', examples: ['ab'] }] } };
    const [result] = runScenarioTests(bad, [{ name: 't', locale: 'en', seed: 1, replies: [`b ${'a'.repeat(40)}!`, 'I am so sorry.'], expect: { outcome: 'incomplete' } }]);
    expect(result?.failures).toEqual([]);
    expect(result?.transcript[1]?.moves).toContain('apologize');
  });

  // The studio runs the tests on every edit with the reader of the last run whose scenario reads alike (readerKey):
  // an edit to what the reader reads must be read with, and undoing it must read as before.
  it('reads the replies anew after an edit to the lexicon, and as before once it is undone', () => {
    const test = { name: 't', locale: 'en' as const, seed: 1, replies: ['We will frobnicate the pipes.'], expect: { outcome: 'incomplete' as const } };
    const moves = (s: typeof scenario) => runScenarioTests(s, [test])[0]?.transcript[0]?.moves;
    const entries = scenario.lexicon?.entries ?? [];
    const edited = { ...scenario, lexicon: { ...scenario.lexicon, entries: [...entries, { id: 'org/apologize/en/2', move: 'apologize' as const, lang: 'en' as const, pattern: 'frobnicate', examples: ['we frobnicate'] }] } };
    expect(moves(scenario)).not.toContain('apologize');
    expect(moves(edited)).toContain('apologize');
    expect(moves(scenario)).not.toContain('apologize');
  });

  it('returns the transcript played, turn by turn, with the reading, reaction and states', () => {
    const [result] = runScenarioTests(scenario, [
      { name: 't', locale: 'en', seed: 1, replies: ['Calm down.', 'I am so sorry, that must be frustrating.'], expect: { outcome: 'incomplete' } },
    ]);
    expect(result?.transcript.map((t) => t.reply)).toEqual(['Calm down.', 'I am so sorry, that must be frustrating.']);
    expect(result?.transcript[0]?.moves).toContain('dismiss_emotion');
    expect(result?.transcript[0]?.stateBefore).toBe(scenario.initial);
    expect(result?.transcript[1]?.stateBefore).toBe(result?.transcript[0]?.stateAfter);
    // Hostility rose after "calm down" (a harmful move) before the apology.
    expect(result!.transcript[0]!.hostility).toBeGreaterThan(result!.transcript[0]!.hostilityBefore);
    expect(result?.transcript[1]?.customer.length).toBeGreaterThan(0);
  });

  it('refuses malformed plans with located issues, never throwing', () => {
    expect(parseTestPlanText('nope')).toMatchObject({ ok: false, issues: [{ check: 'json' }] });
    const dup = { testPlanVersion: 1, scenario: 'x', tests: [1, 2].map(() => ({ name: 'same', locale: 'en', replies: [], expect: { outcome: 'resolved' } })) };
    expect(parseTestPlanText(JSON.stringify(dup))).toMatchObject({ ok: false, issues: [{ path: '$.tests[1].name' }] });
  });
});
