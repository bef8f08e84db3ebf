import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../test-support/broken.ts';
import { SHIPPED_IDS, shippedDoc } from '../test-support/shipped.ts';
import { MAX_SCENARIO_BYTES, validateScenario, validateScenarioText } from './validate-scenario.ts';

describe('validateScenario', () => {
  it.each(SHIPPED_IDS)('passes the shipped %s with the real classifier', (id) => {
    expect(validateScenario(shippedDoc(id))).toEqual([]);
  });
  it('reports schema problems with their JSON path (schema)', () => {
    expect(issuesOf(broken((d) => (d.reactions[0].when.anyActs = ['shout'])))).toEqual([
      expect.objectContaining({ check: 'schema', path: '$.reactions[0].when.anyActs[0]' }),
    ]);
    expect(issuesOf(broken((d) => (d.surprise = true)))[0]?.check).toBe('schema');
  });
  it('refuses a schemaVersion newer than it understands (schema-version)', () => {
    expect(issuesOf(broken((d) => (d.schemaVersion = 9)))).toEqual([expect.objectContaining({ check: 'schema-version', path: '$.schemaVersion' })]);
  });
  it('refuses invalid JSON and files over 1 MB (json, file-size)', () => {
    expect(validateScenarioText('{ "id": ')[0]?.check).toBe('json');
    expect(validateScenarioText(' '.repeat(MAX_SCENARIO_BYTES + 1))[0]?.check).toBe('file-size');
  });
  it('names the entry and JSON path of a catastrophic or invalid scenario pattern, and still runs the other checks (pattern)', () => {
    const doc = broken((d) => {
      d.lexicon.entries[0].pattern = '(a+)+b';
      d.lexicon.entries[3].pattern = 'a)(b';
      d.states = { ...d.states, orphan: d.states[d.initial] };
    });
    const issues = validateScenario(doc);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: 'pattern', path: '$.lexicon.entries[0].pattern', message: expect.stringMatching(/^scenario\/propose_solution\/zh\/01: pattern "\(a\+\)\+b" repeats/) }),
        expect.objectContaining({ check: 'pattern', path: '$.lexicon.entries[3].pattern', message: expect.stringContaining('invalid pattern "a)(b"') }),
        expect.objectContaining({ check: 'unreachable-state' }),
      ]),
    );
  });

  it('refuses text of only invisible characters, over-long topics and lines, and too many states, by path', () => {
    const issues = issuesOf(
      broken((d) => {
        d.title.en = '\u200b\u3000\u200d';
        d.facts[0].topics = { en: ['x'.repeat(60_000)] };
        d.opening.en = 'y'.repeat(2001);
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '$.title.en', message: 'shows nothing: only spaces or invisible characters' }),
        expect.objectContaining({ path: '$.facts[0].topics.en[0]', message: 'at most 40 characters' }),
        expect.objectContaining({ path: '$.opening.en', message: 'at most 2000 characters' }),
      ]),
    );
    const many = issuesOf(broken((d) => { for (let i = 0; i < 200; i++) d.states[`extra-${i}`] = d.states[d.initial]; }));
    expect(many).toEqual([expect.objectContaining({ path: '$.states', message: 'at most 200 states' })]);
  });

  it('refuses duplicate keys and "__proto__" in the file text instead of dropping an entry silently (json)', () => {
    const text = readFileSync('scenarios/angry-resident.json', 'utf8').replace('"modelAnswers": {', '"modelAnswers": {"__proto__": [],');
    expect(validateScenarioText(text)).toEqual([expect.objectContaining({ check: 'json', path: '$.modelAnswers.__proto__' })]);
  });
});
