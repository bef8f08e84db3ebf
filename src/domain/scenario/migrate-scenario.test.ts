import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from './parse-scenario.ts';
import { SCHEMA_VERSION } from './schema-version.ts';
import { GOOD_PLAYS, playTurns, shippedDoc } from './test-support/shipped.ts';

describe('migrateScenario (on load)', () => {
  it('upgrades a version 1 file: bare turnLimit and persona.hostility', () => {
    const v1 = shippedDoc('angry-resident') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    v1.schemaVersion = 1;
    v1.turnLimit = 9;
    v1.persona.hostility = v1.persona.startHostility;
    delete v1.persona.startHostility;
    const scenario = parseScenario(v1);
    expect(scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(scenario.turnLimit).toEqual({ turns: 9, outcome: 'walked_out' });
    expect(scenario.persona.startHostility).toBe(75);
  });
  it('upgrades a version 2 lexicon of bare patterns per move and language into lexicon entries', () => {
    const v2 = shippedDoc('angry-resident') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    v2.schemaVersion = 2;
    v2.lexicon = { moves: { take_ownership: { zh: ['由我跟到底'], en: ["I'm on it", 'leave it with me'] } } };
    const scenario = parseScenario(v2);
    expect(scenario.lexicon?.entries).toEqual([
      { id: 'scenario/take_ownership/zh/01', move: 'take_ownership', lang: 'zh', pattern: '由我跟到底', examples: [] },
      { id: 'scenario/take_ownership/en/01', move: 'take_ownership', lang: 'en', pattern: "I'm on it", examples: [] },
      { id: 'scenario/take_ownership/en/02', move: 'take_ownership', lang: 'en', pattern: 'leave it with me', examples: [] },
    ]);
  });
  it('upgrades a version 2 (and 1) file with thresholds.answerFacts: the field, never read, is gone and the scenario loads and plays', () => {
    const v2 = shippedDoc('angry-resident') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const thresholds = { ...v2.thresholds };
    v2.schemaVersion = 2;
    v2.thresholds = { ...thresholds, answerFacts: 60 };
    // Written before version 3: no wants, no objections.
    delete v2.wants;
    delete v2.objections;
    const scenario = parseScenario(v2);
    expect(scenario.thresholds).toEqual(thresholds);
    expect('answerFacts' in scenario.thresholds).toBe(false);
    expect(scenario.wants.remedies.map((r) => r.id)).toEqual(['fix']);
    expect(playTurns(scenario, GOOD_PLAYS).turns.length).toBeGreaterThan(0);
    expect(parseScenario({ ...v2, schemaVersion: 1 }).thresholds).toEqual(thresholds);
    // From version 3 on the field is unknown: a current file that has it is refused, by field.
    expect(() => parseScenario({ ...shippedDoc('angry-resident'), thresholds: { ...thresholds, answerFacts: 60 } })).toThrow(/thresholds/);
  });
  it('upgrades a version 3 file unchanged but for its version: it plays as before at standard difficulty', () => {
    // A version 3 file was written before seeded variation: no name variants, no vars, no optional objections.
    const v3 = shippedDoc('stairwell-pram') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    v3.schemaVersion = 3;
    delete v3.persona.variants;
    delete v3.vars;
    v3.objections = v3.objections.filter((o: { optional?: boolean }) => o.optional !== true);
    const scenario = parseScenario(v3);
    expect(scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(scenario.difficulty).toBeUndefined();
    expect(scenario.persona.variants).toBeUndefined();
    // Nothing else changes: the same document written as version 4 parses to the same scenario.
    expect(scenario).toEqual(parseScenario({ ...v3, schemaVersion: 4 }));
  });
  it('upgrades a version 4 file to 5 (the written channels) unchanged but for its version: it stays face to face', () => {
    const v4 = shippedDoc('angry-resident');
    v4.schemaVersion = 4;
    const scenario = parseScenario(v4);
    expect(scenario.schemaVersion).toBe(5);
    expect(scenario.setting).toBe('face_to_face');
    expect(scenario.written).toBeUndefined();
    expect(scenario).toEqual(parseScenario({ ...shippedDoc('angry-resident'), schemaVersion: 5 }));
  });
  it('version 5 takes the written channels and refuses an unknown one by field', () => {
    expect(() => parseScenario({ ...shippedDoc('angry-resident'), schemaVersion: 5, setting: 'chat' })).not.toThrow();
    expect(() => parseScenario({ ...shippedDoc('angry-resident'), schemaVersion: 5, setting: 'fax' })).toThrow(/setting/);
  });
  it('refuses a newer version with a reason', () => {
    const doc = { ...shippedDoc('angry-resident'), schemaVersion: SCHEMA_VERSION + 1 };
    expect(() => parseScenario(doc)).toThrow(ScenarioError);
    expect(() => parseScenario(doc)).toThrow(/newer than this app understands/);
  });
});
