// @vitest-environment jsdom
// A scorecard's suggestions come from the scenario played (its model answers) or are generic: never another
// scenario's people or objects. The water-leak resident (angry-resident) once lent his plumber and his week of waiting
// to every scenario's advice.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../domain/drill/run-drill.ts';
import { createReader } from '../../../domain/reading/read-reply.ts';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import { baseSeed } from '../../../domain/scenario/base-seed.ts';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import { scoreDrill } from '../../../domain/scoring/score-drill.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { useMessage } from './use-message.ts';

const load = (id: string) => parseScenario(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../../scenarios/${id}.json`), 'utf8')));
const cake = load('chat-late-birthday-cake');

/** Words only the water-leak scenario has: its trade, its rooms, its neighbour's flat, its week of waiting. */
const LEAK_WORDS: Record<Locale, readonly string[]> = {
  en: ['leak', 'plumber', 'technician', 'ceiling', 'bathroom', '12B', 'waiting so long'],
  'zh-Hant': ['漏水', '師傅', '天花', '浴室', '上門', '12B', '等了這麼久'],
  'zh-Hans': ['漏水', '师傅', '天花', '浴室', '上门', '12B', '等了这么久'],
};

/** Weak replies that miss most steps: the card is full of suggestions. */
const REPLIES: Record<Locale, string[]> = {
  en: ['OK.', 'I understand how you feel.', 'Sorry.', 'Right.'],
  'zh-Hant': ['好。', '我明白您的感受。', '不好意思。', '嗯。'],
  'zh-Hans': ['好。', '我明白您的感受。', '不好意思。', '嗯。'],
};

async function suggestionsShown(locale: Locale): Promise<string[]> {
  const run = runDrill(cake, REPLIES[locale], { read: createReader(cake), seed: baseSeed(cake), locale });
  const card = scoreDrill(run.played, { sim: run.sim, outcome: run.outcome, locale, diagnosis: null });
  const i18n = await setupI18n(locale);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  const { result } = renderHook(() => useMessage(), { wrapper });
  return [...card.evidence, ...card.turns.flatMap((t) => t.evidence)].flatMap((e) => (e.suggestion ? [result.current(e.suggestion)] : []));
}

describe('scorecard suggestions for a scenario that is not the water leak (the late birthday cake)', () => {
  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('%s: no word of the leak scenario, and examples quoted from the cake scenario’s own model answers', async (locale) => {
    // The words are the leak's own: the cake scenario never says them, so any on its card came from elsewhere.
    const cakeText = JSON.stringify(cake);
    for (const word of LEAK_WORDS[locale]) expect(cakeText).not.toContain(word);

    const shown = await suggestionsShown(locale);
    expect(shown.length).toBeGreaterThan(3);
    const all = shown.join('\n');
    for (const word of LEAK_WORDS[locale]) expect(all, word).not.toContain(word);
    // Offering a solution is missed: it is shown with the cake scenario's own offer (its solving state's model answer).
    expect(all).toContain(cake.modelAnswers['solving']![0]![locale]);
  });
});

