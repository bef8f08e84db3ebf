import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from './parse-scenario.ts';
import { shippedDoc } from './test-support/shipped.ts';

describe('migrateScenario (on load)', () => {
  it('upgrades a version 1 file: bare turnLimit and persona.hostility', () => {
    const v1 = shippedDoc('angry-resident') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    v1.schemaVersion = 1;
    v1.turnLimit = 9;
    v1.persona.hostility = v1.persona.startHostility;
    delete v1.persona.startHostility;
    const scenario = parseScenario(v1);
    expect(scenario.schemaVersion).toBe(2);
    expect(scenario.turnLimit).toEqual({ turns: 9, outcome: 'walked_out' });
    expect(scenario.persona.startHostility).toBe(75);
  });
  it('refuses a newer version with a reason', () => {
    const doc = { ...shippedDoc('angry-resident'), schemaVersion: 3 };
    expect(() => parseScenario(doc)).toThrow(ScenarioError);
    expect(() => parseScenario(doc)).toThrow(/newer than this app understands/);
  });
});
