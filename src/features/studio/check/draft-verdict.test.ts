import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftVerdict } from './draft-verdict.ts';

const text = readFileSync('scenarios/angry-resident.json', 'utf8');
const tests = (JSON.parse(readFileSync('scenarios/tests/angry-resident.tests.json', 'utf8')) as { tests: unknown[] }).tests;

describe('draftVerdict (what the worker sends back)', () => {
  it('validates a shipped scenario and runs its saved tests, all passing', () => {
    const verdict = draftVerdict(text, tests);
    expect(verdict.check.valid).toBe(true);
    expect(verdict.check.scenario?.id).toBe('angry-resident');
    expect(verdict.tests.length).toBe(tests.length);
    expect(verdict.tests.every((row) => row.result?.passed)).toBe(true);
  });

  it('crosses to the page unchanged (a structured clone, as postMessage makes it)', () => {
    const verdict = draftVerdict(text, tests);
    expect(structuredClone(verdict)).toEqual(verdict);
  });

  it('hands no document to the forms when the reader refused the text (too deep to read safely)', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const verdict = draftVerdict(deep, []);
    expect(verdict.check.valid).toBe(false);
    expect(verdict.check.doc).toBeUndefined();
    expect(verdict.check.issues[0]?.check).toBe('json');
  });

  it('lists a stored test that does not parse, by position, without running it', () => {
    const verdict = draftVerdict(text, [{ nonsense: true }]);
    expect(verdict.tests).toEqual([{ index: 0, name: '#1', test: null, result: null }]);
  });
});
