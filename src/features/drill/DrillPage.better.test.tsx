// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import scenario from '../../../scenarios/angry-resident.json';
import { baseSeed } from '../../domain/scenario/base-seed.ts';
import { parseScenario } from '../../domain/scenario/parse-scenario.ts';
import { renderDrill } from './test-support/render-drill.tsx';

/** The seed that plays angry-resident as written: Mr Chan (陳先生). */
const SEED = baseSeed(parseScenario(scenario));

const cases = [
  { language: 'en', mode: 'Practice', start: 'Start the conversation', box: 'Your reply', said: "Why didn't you report it earlier?", tag: 'Blaming the customer', name: 'Mr Chan', tryInstead: 'Try instead: ' },
  { language: 'zh-Hant', mode: '練習', start: '開始對話', box: '您的回覆', said: '你點解唔早啲講？', tag: '責怪顧客', name: '陳先生', tryInstead: '可以改說：' },
] as const;

describe('DrillPage, practice: a harmful move gets its own better phrasing', () => {
  it.each(cases)('$language: blaming the customer while he vents is answered by the venting state’s own model answer, to him by name', async (c) => {
    const user = userEvent.setup();
    await renderDrill({ mode: 'practice', seed: SEED, language: c.language });
    await user.click(await screen.findByRole('radio', { name: new RegExp(c.mode) }));
    await user.click(screen.getByRole('button', { name: c.start }));
    await user.click(screen.getByLabelText(c.box));
    await user.paste(c.said);
    await user.keyboard('{Enter}');
    const item = await waitFor(() => {
      const li = document.querySelector<HTMLElement>('.feedback-harmful li');
      expect(li).not.toBeNull();
      return li!;
    });
    expect(item.querySelector('.feedback-tag')?.textContent).toBe(c.tag);
    // The venting state's model answer apologises (a remedy for blame): the scenario's words, not the generic phrasing.
    const model = scenario.modelAnswers.venting[0]![c.language].replace('{name}', c.name);
    expect(item.querySelector('.better')?.textContent).toBe(`${c.tryInstead}${model}`);
    // No forbidden phrase was said: the harmful move's line is the only "try instead".
    expect(document.querySelectorAll('.feedback .better')).toHaveLength(1);
  });
});
