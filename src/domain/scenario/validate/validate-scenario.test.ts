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
});
