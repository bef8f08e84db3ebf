import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bigScenarioText } from '../../../../tests/e2e/big-scenario.ts';
import { draftVerdict, recentVerdict } from './draft-verdict.ts';
import { readVerdict } from './read-verdict.ts';

const text = readFileSync('scenarios/angry-resident.json', 'utf8');
const tests = (JSON.parse(readFileSync('scenarios/tests/angry-resident.tests.json', 'utf8')) as { tests: unknown[] }).tests;

describe('draftVerdict (what the worker sends back)', () => {
  it('validates a shipped scenario and runs its saved tests, all passing', () => {
    const verdict = draftVerdict(text, tests);
    expect(verdict.valid).toBe(true);
    expect(verdict.problems).toEqual([]);
    expect(verdict.scenarioId).toBe('angry-resident');
    expect(verdict.tests.length).toBe(tests.length);
    expect(verdict.tests.every((row) => row.result?.passed)).toBe(true);
  });

  it('crosses to the page unchanged (a structured clone, as postMessage makes it)', () => {
    const verdict = draftVerdict(text, tests);
    expect(structuredClone(verdict)).toEqual(verdict);
  });

  it('sends a 1 MB draft back as located problems and one string, not as a tree of objects to clone', () => {
    const big = bigScenarioText();
    const { scenarioJson, ...rest } = draftVerdict(big, []);
    expect(rest.problems.length).toBeGreaterThan(10);
    // Each problem already has its line and column (worked out in the worker, not on the page).
    const unreachable = rest.problems.find((p) => p.issue.check === 'unreachable-state');
    expect(unreachable?.line).toBe(big.slice(0, unreachable?.issue.from).split('\n').length);
    expect(unreachable?.text?.key).toBe('unreachableState');
    // Everything but the scenario string is small next to the text.
    expect(JSON.stringify(rest).length).toBeLessThan(big.length / 10);
    expect(typeof scenarioJson).toBe('string');
  });

  it('hands no document to the forms when the reader refused the text (too deep to read safely)', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const verdict = draftVerdict(deep, []);
    expect(verdict.valid).toBe(false);
    expect(verdict.readable).toBe(false);
    expect(verdict.scenarioJson).toBeNull();
    expect(readVerdict(verdict, deep).doc).toBeUndefined();
    expect(verdict.problems[0]?.issue.check).toBe('json');
  });

  it('gives back the verdict of a text checked a moment ago (an undo) as a new check reaches it, and checks an edit anew', () => {
    const edited = text.replace('"initial": "', '"initial": 5, "x": "');
    const first = recentVerdict(text, tests);
    expect(recentVerdict(edited, tests).valid).toBe(false);
    expect(recentVerdict(text, tests)).toBe(first);
    expect(first).toEqual(draftVerdict(text, tests));
    expect(recentVerdict(text, []).tests).toEqual([]);
  });

  it('lists a stored test that does not parse, by position, without running it', () => {
    const verdict = draftVerdict(text, [{ nonsense: true }]);
    expect(verdict.tests).toEqual([{ index: 0, name: '#1', test: null, result: null }]);
  });
});

describe('readVerdict (the page’s side)', () => {
  it('gives the parsed scenario and the document when asked, the same object each time', () => {
    const view = readVerdict(draftVerdict(text, []), text);
    expect(view.hasScenario).toBe(true);
    expect(view.scenario?.id).toBe('angry-resident');
    expect(view.scenario).toBe(view.scenario);
    expect((view.doc as { id: string }).id).toBe('angry-resident');
  });

  it('has no scenario when the schema failed, but still the document for the translations table', () => {
    const broken = text.replace('"initial": "', '"initial": 5, "x": "');
    const view = readVerdict(draftVerdict(broken, []), broken);
    expect(view.hasScenario).toBe(false);
    expect(view.scenario).toBeNull();
    expect(view.scenarioId).toBeNull();
    expect(view.doc).toMatchObject({ id: 'angry-resident' });
  });
});
