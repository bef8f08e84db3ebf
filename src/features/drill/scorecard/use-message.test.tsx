// @vitest-environment jsdom
// Every message the engine can produce for the shipped scenarios must read as prose in every language:
// play each scenario's golden transcripts and translate every evidence message and suggestion.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createReader } from '../../../domain/reading/read-reply.ts';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import { runDrill } from '../../../domain/drill/run-drill.ts';
import type { Diagnosis, MessageRef } from '../../../domain/scoring/scorecard.types.ts';
import { scoreDrill } from '../../../domain/scoring/score-drill.ts';
import { LANGUAGES } from '../../../i18n/languages.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { MEETS } from '../../../domain/scoring/rules/motives-addressed.ts';
import { STEP_POINTS } from '../../../domain/scoring/rules/decide-solution.ts';
import { useMessage } from './use-message.ts';

const dir = resolve(import.meta.dirname, '../../../../scenarios');
const goldenDir = resolve(import.meta.dirname, '../../../domain/scenario/golden');

async function allMessages(): Promise<MessageRef[]> {
  const refs = new Map<string, MessageRef>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const scenario = parseScenario(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
    const read = createReader(scenario);
    const { golden } = (await import(resolve(goldenDir, `${scenario.id}.golden.ts`))) as { golden: { replies: Record<string, Record<string, string[]>> } };
    const diagnoses: (Diagnosis | null)[] = [null, { cause: 'price', motive: 'revenge', severity: 'serious' }, { ...scenario.diagnosis, motive: scenario.diagnosis.motives[0] }];
    for (const kind of Object.values(golden.replies)) {
      for (const [locale, replies] of Object.entries(kind)) {
        // The trainee's diagnosis is asked after the conversation and changes only the scoring: one play, three cards.
        const run = runDrill(scenario, replies, { read, locale: locale as 'en' });
        for (const diagnosis of diagnoses) {
          const card = scoreDrill(scenario, { sim: run.sim, outcome: run.outcome, locale: 'en', diagnosis });
          for (const e of [...card.evidence, ...card.turns.flatMap((t) => t.evidence)]) {
            for (const ref of [e.message, e.suggestion]) if (ref) refs.set(`${ref.key}|${JSON.stringify(ref.params)}`, ref);
          }
        }
      }
    }
  }
  return [...refs.values()];
}

describe('engine messages', () => {
  it('every evidence message and suggestion of the shipped scenarios is translated in every language', async () => {
    const refs = await allMessages();
    expect(refs.length).toBeGreaterThan(20);
    for (const lng of LANGUAGES) {
      const i18n = await setupI18n(lng);
      const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
      const { result } = renderHook(() => useMessage(), { wrapper });
      const untranslated = refs.filter((ref) => {
        const text = result.current(ref);
        return text === ref.key || /scorecards\.|drill\.|{{/.test(text);
      });
      expect(untranslated.map((r) => `${lng}: ${r.key} ${JSON.stringify(r.params)}`)).toEqual([]);
    }
  });

  it('a missed motive is advice on what to do, not the motive named as a need ("Address the customer\'s need: Extreme hostility")', async () => {
    for (const lng of LANGUAGES) {
      const i18n = await setupI18n(lng);
      const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
      const { result } = renderHook(() => useMessage(), { wrapper });
      for (const motive of Object.keys(MEETS) as (keyof typeof MEETS)[]) {
        const advice = result.current({ key: `scorecards.suggestions.motive.${motive}`, params: {} });
        const label = i18n.t(`drill.diagnosis.motive.options.${motive}`);
        expect(advice, `${lng} ${motive}`).not.toContain(label);
        expect(advice, `${lng} ${motive}`).not.toBe(i18n.t('scorecards.suggestions.motiveAny', { item: label }));
      }
    }
  });

  it('a missed step says what to do, not the move\'s label alone ("Suggestion: Taking ownership."), with one colon', async () => {
    for (const lng of LANGUAGES) {
      const i18n = await setupI18n(lng);
      const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
      const { result } = renderHook(() => useMessage(), { wrapper });
      // The decide rule suggests these moves by id when they are missing (decide-solution.ts), and any other move id
      // falls back to moveAny ('greet' has no advice of its own).
      for (const move of [...Object.keys(STEP_POINTS), 'greet']) {
        const label = (i18n.t as (key: string) => string)(`drill.moves.${move}`);
        const advice = result.current({ key: `scorecards.suggestions.${move}`, params: {} });
        expect(advice, `${lng} ${move}`).not.toMatch(new RegExp(`^${label}[.。]?$`));
        expect(advice.length, `${lng} ${move}: ${advice}`).toBeGreaterThan(label.length + 4);
        const shown = i18n.t('scorecards.tryInstead', { text: advice });
        expect(shown.match(/[:：]/g), `${lng}: ${shown}`).toHaveLength(1);
      }
    }
  });

  // Shown as "+20 pts Observe: …": it read as praise and criticism at once ("You showed empathy, but never named…").
  it.each([
    ['en', /^Part marks\b/],
    ['zh-Hant', /部分分數/],
    ['zh-Hans', /部分分数/],
  ] as const)('%s: empathy in general reads as partial credit, saying what earns the rest', async (lng, partial) => {
    const i18n = await setupI18n(lng);
    const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
    const { result } = renderHook(() => useMessage(), { wrapper });
    const text = result.current({ key: `scorecards.rules.empathizedGenerally`, params: {} });
    expect(text).toMatch(partial);
    expect(text).not.toMatch(/\bbut\b|但/);
  });
});
