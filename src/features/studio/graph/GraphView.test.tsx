// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { GraphView } from './GraphView.tsx';

async function list(language: 'en' | 'zh-Hans', scenario: Scenario) {
  const i18n = await setupI18n(language);
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <GraphView scenario={scenario} onJump={() => undefined} />
    </I18nextProvider>,
  );
  return {
    edges: [...container.querySelectorAll('.studio-graph-list li li')].map((li) => li.textContent ?? ''),
    tags: [...container.querySelectorAll('.studio-graph-list .studio-tag')].map((s) => s.textContent ?? ''),
  };
}

describe('GraphView: the text version of the graph', () => {
  it('writes Chinese with full-width punctuation: "→ listening：反应 heard（…）", tags joined by 、', async () => {
    const base = parseScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../scenarios/angry-resident.json'), 'utf8')));
    // A state nothing leads to, and nothing leads out of: it is tagged unreachable and a dead end together.
    const states = base.states as Record<string, unknown>;
    const scenario = { ...base, states: { ...states, orphan: states[base.initial] } } as Scenario;
    const zh = await list('zh-Hans', scenario);
    expect(zh.edges.length).toBeGreaterThan(3);
    expect(zh.edges.filter((e) => !/^→ \S+：/.test(e))).toEqual([]);
    expect(zh.tags).toContain('无法到达、没有出路');
    expect(zh.tags.join(' ')).not.toMatch(/[,:]/);
    const en = await list('en', scenario);
    expect(en.edges.filter((e) => !/^→ \S+: /.test(e))).toEqual([]);
  });
});
