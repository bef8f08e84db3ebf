import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../../domain/scenario/parse-scenario.ts';
import { applied } from './edit-doc.ts';
import { deleteStateEdits, renameStateEdits, stateReferences } from './state-edits.ts';

const text = readFileSync('scenarios/angry-resident.json', 'utf8');

describe('state edits', () => {
  it('renames a state everywhere it is named, keeps its place, and the scenario still validates', () => {
    const after = applied(text, renameStateEdits(text, 'venting', 'letting-off-steam'));
    const json = JSON.parse(after);
    expect(json.initial).toBe('letting-off-steam');
    expect(Object.keys(json.states)[0]).toBe('letting-off-steam');
    expect(json.states).not.toHaveProperty('venting');
    expect(after).not.toMatch(/"venting"/);
    expect(json.modelAnswers).toHaveProperty('letting-off-steam');
    expect(json.reactions.some((r: { in?: string[] }) => r.in?.includes('letting-off-steam'))).toBe(true);
    expect(safeParseScenario(json).ok).toBe(true);
    // Only the names changed: the rest of the text is byte for byte the same.
    expect(after.replaceAll('"letting-off-steam"', '"venting"')).toBe(text);
  });

  it("lists what refers to a state, and deleting removes the state's own entries only", () => {
    const scenario = JSON.parse(text);
    const refs = stateReferences(scenario, 'planning');
    expect(refs.initial).toBe(false);
    expect(refs.reactions).toEqual(['plan-accepted', 'weighing-it', 'story-told', 'boils-over-again']);
    expect(stateReferences(scenario, 'venting').initial).toBe(true);
    const json = JSON.parse(applied(text, deleteStateEdits(text, 'planning')));
    expect(json.states).not.toHaveProperty('planning');
    expect(json.modelAnswers).not.toHaveProperty('planning');
    expect(json.guided).not.toHaveProperty('planning');
    expect(Object.keys(json.states)).toEqual(['venting', 'listening', 'negotiating', 'solving']);
  });
});
