// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import type { Language } from '../../../i18n/languages.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { FakeView } from '../test-support/render-studio.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';

const scenario = parseScenario(JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')));

async function renderPreview(language: Language) {
  const i18n = await setupI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <PreviewPanel scenario={scenario} View={FakeView} onSaveTest={null} existingNames={[]} onAddPhrase={null} />
    </I18nextProvider>,
  );
  return i18n;
}

describe('PreviewPanel: its controls', () => {
  it.each([
    ['en', 'Preview language', 'English'],
    ['zh-Hans', '预览语言', '简体中文'],
  ] as const)('plays in the UI language by default (%s)', async (language, label, name) => {
    await renderPreview(language);
    const select = screen.getByRole('combobox', { name: label }) as HTMLSelectElement;
    expect(select.value).toBe(language);
    expect(select.selectedOptions[0]).toHaveTextContent(name);
  });

  it('lists each state to start from once: the first state is "the start"', async () => {
    await renderPreview('en');
    const options = [...(screen.getByRole('combobox', { name: 'Start from state' }) as HTMLSelectElement).options];
    expect(options.map((o) => o.value)).toEqual(['', ...Object.keys(scenario.states).filter((s) => s !== scenario.initial)]);
    expect(options[0]).toHaveTextContent(/^the start: .+ \(venting\)$/);
    expect(options.filter((o) => o.textContent?.includes('(venting)'))).toHaveLength(1);
  });

  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('names the states to start from with the customer named, never a raw {name} (%s)', async (language) => {
    const i18n = await renderPreview(language);
    const options = [...(screen.getByRole('combobox', { name: i18n.t('studio.preview.from') }) as HTMLSelectElement).options];
    expect(options.length).toBeGreaterThan(2);
    expect(options.filter((o) => /[{}]/.test(o.textContent ?? ''))).toEqual([]);
  });
});
