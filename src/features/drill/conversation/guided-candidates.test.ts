import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import { guidedCandidates } from './guided-candidates.ts';
import { moodOf } from './mood.ts';

const scenario = parseScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../scenarios/angry-resident.json'), 'utf8')));
const distractor = (n: number) => `mistake ${n}`;

describe('guided candidates', () => {
  it('offers three different replies: the model answer for the state, one from another phase, one mistake', () => {
    const list = guidedCandidates(scenario, scenario.initial, 1, 42, 'en', distractor);
    expect(list).toHaveLength(3);
    expect(new Set(list.map((c) => c.text)).size).toBe(3);
    expect(list.map((c) => c.kind).sort()).toEqual(['harmful', 'model', 'premature']);
    const models = (scenario.modelAnswers[scenario.initial] ?? []).map((a) => a.en);
    expect(models).toContain(list.find((c) => c.kind === 'model')?.text);
  });

  it('is deterministic for a seed and turn, and the order varies', () => {
    expect(guidedCandidates(scenario, scenario.initial, 2, 7, 'zh-Hant', distractor)).toEqual(guidedCandidates(scenario, scenario.initial, 2, 7, 'zh-Hant', distractor));
    const positions = new Set(Array.from({ length: 12 }, (_, turn) => guidedCandidates(scenario, scenario.initial, turn, 3, 'en', distractor).findIndex((c) => c.kind === 'model')));
    expect(positions.size).toBeGreaterThan(1);
  });
});

describe('mood', () => {
  it('names the hostility bands', () => {
    expect([0, 30, 50, 70, 90].map(moodOf)).toEqual(['calm', 'settling', 'irritated', 'angry', 'furious']);
  });
});
