// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { GraphView, NARROW_GRAPH } from './GraphView.tsx';

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
    /** Each state as listed: its name and tags, as a reader sees them run together. */
    states: [...container.querySelectorAll('.studio-graph-list > li')].map((li) => [...li.childNodes].filter((c) => c.nodeName !== 'UL').map((c) => c.textContent).join('')),
    /** The picture's nodes: the name drawn and the id in the tooltip. */
    nodes: [...container.querySelectorAll('svg g.studio-node')].map((g) => [g.querySelector('text')?.textContent, g.querySelector('title')?.textContent]),
  };
}

describe('GraphView: the text version of the graph', () => {
  it('writes Chinese with full-width punctuation: "→ 愿意细说：当…", tags joined by 、', async () => {
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
    expect(en.edges.filter((e) => !/^→ [^:]+: /.test(e))).toEqual([]);
  });

  it('says each condition in words in the UI language (moves as the drill names them), and each state by its name, not its id', async () => {
    const scenario = parseScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../scenarios/angry-resident.json'), 'utf8')));
    const zh = await list('zh-Hans', scenario);
    expect(zh.edges).toContain('→ 愿意细说：当回复做出其中一个动作：道歉、同理、回应倾听、复述确认；敌意低于 65');
    expect(zh.edges).toContain('→ 商讨办法：当顾客接受了方案');
    expect(zh.edges).toContain('→ 等候办法：当敌意低于 60；已知事实至少 2 项');
    expect(zh.edges).toContain('→ 升级投诉：敌意达到 100');
    expect(zh.edges).toContain('→ 顾客离开：12 句后回合用完');
    expect(zh.states).toContain('发泄不满 起点');
    // No rule jargon, reaction ids or state ids: a Chinese screen shows no Latin words (its states are all named ones).
    expect(zh.edges.flatMap((e) => e.match(/[A-Za-z_-]{3,}/g) ?? [])).toEqual([]);
    // The picture names them too; the id (what the JSON holds) is the tooltip.
    expect(zh.nodes).toContainEqual(['发泄不满', 'venting']);
    expect(zh.nodes).toContainEqual(['顾客离开', 'walked_out']);
    const en = await list('en', scenario);
    expect(en.edges).toContain('→ negotiating: when the remedy covered only part of what the customer wants or the customer refused the remedy offered or the offer came later than the customer\'s deadline or the offer named no time or the offer named nobody to act or the customer said what they want');
    expect(en.nodes).toContainEqual(['walked out', 'walked_out']);
    expect(en.edges).toContain('→ resolved: when the reply makes one of these moves: Timed follow-up, Thanks, Taking ownership, Asking their view, Apology; each of these moves was made so far: Timed follow-up; hostility below 35; no objection is left unanswered');
  });

  it("reads an author's own state id as words only as a last resort, in every language", async () => {
    const base = parseScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../scenarios/angry-resident.json'), 'utf8')));
    const states = base.states as Record<string, unknown>;
    const scenario = { ...base, states: { ...states, 'winding-down': states[base.initial], waiting_on_boss: states[base.initial] } } as Scenario;
    for (const language of ['en', 'zh-Hans'] as const) {
      const { states: listed, nodes } = await list(language, scenario);
      expect(listed.some((s) => s.startsWith('winding down '))).toBe(true);
      expect(nodes).toContainEqual(['waiting on boss', 'waiting_on_boss']);
    }
  });
});

describe('GraphView: the whole picture is visible', () => {
  it('draws in a viewBox that holds every edge (back-edges above the states included) and fits the panel by default; "Actual size" scrolls', async () => {
    const scenario = parseScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../scenarios/water-pump-runaround.json'), 'utf8')));
    const i18n = await setupI18n('zh-Hant');
    const { container, getByRole } = render(
      <I18nextProvider i18n={i18n}>
        <GraphView scenario={scenario} onJump={() => undefined} />
      </I18nextProvider>,
    );
    const svg = container.querySelector('.studio-graph-scroll svg')!;
    const [x, y, w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const points = [...svg.querySelectorAll('path.studio-edge')].flatMap((p) => [...p.getAttribute('d')!.matchAll(/[ML] (-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
    expect(points.length).toBeGreaterThan(4);
    expect(points.some(([, py]) => py! < 0)).toBe(true);
    for (const [px, py] of points) expect(px! >= x! && px! <= x! + w! && py! >= y! && py! <= y! + h!, `${px},${py}`).toBe(true);
    expect(svg.getAttribute('width')).toBe('100%');
    const actual = getByRole('button', { name: '實際大小' });
    expect(actual.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(actual);
    expect(svg.getAttribute('width')).toBe(String(w));
    expect(container.querySelector('.studio-graph-zoom')?.textContent).toContain('結束狀態在最右邊');
  });
});

describe('GraphView on a narrow screen', () => {
  afterEach(() => vi.unstubAllGlobals());
  /** A screen as wide as the query says: matchMedia answers for the narrow-graph query only. */
  const screenOf = (narrow: boolean) => vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === NARROW_GRAPH && narrow, media: query }));

  it.each([
    ['en', 'Actual size', 'Scroll sideways'],
    ['zh-Hant', '實際大小', '結束狀態在最右邊'],
    ['zh-Hans', '实际大小', '结束状态在最右边'],
  ] as const)('%s: a phone starts at actual size, scrolling (a fitted graph is a third of its size there); fitting stays a choice', async (language, actualSize, scrollHint) => {
    screenOf(true);
    const scenario = parseScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../scenarios/angry-resident.json'), 'utf8')));
    const i18n = await setupI18n(language);
    const { container, getByRole } = render(
      <I18nextProvider i18n={i18n}>
        <GraphView scenario={scenario} onJump={() => undefined} />
      </I18nextProvider>,
    );
    const svg = container.querySelector('.studio-graph-scroll svg')!;
    const width = svg.getAttribute('viewBox')!.split(' ')[2];
    expect(svg.getAttribute('width')).toBe(width);
    const actual = getByRole('button', { name: actualSize });
    expect(actual.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('.studio-graph-zoom')?.textContent).toContain(scrollHint);
    fireEvent.click(actual);
    expect(svg.getAttribute('width')).toBe('100%');
  });

  it('a wide screen still starts fitted', async () => {
    screenOf(false);
    const scenario = parseScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../scenarios/angry-resident.json'), 'utf8')));
    const i18n = await setupI18n('en');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <GraphView scenario={scenario} onJump={() => undefined} />
      </I18nextProvider>,
    );
    expect(container.querySelector('.studio-graph-scroll svg')?.getAttribute('width')).toBe('100%');
  });
});
