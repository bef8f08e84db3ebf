// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../../i18n/setup.ts';
import { DimensionChart } from '../scorecard/DimensionChart.tsx';
import { HostilityMeter } from './HostilityMeter.tsx';

// Copied, printed or read aloud, a label ran into its number ("Hostility99", "Language100 / 100").
describe('labels and numbers in the drill and the scorecard keep a separator', () => {
  it.each([
    ['en', 'Hostility 99 +5', 'Listen (聽) 30 / 100'],
    ['zh-Hant', '敵意 99 +5', '傾聽（聽） 30 / 100'],
    ['zh-Hans', '敌意 99 +5', '倾听（听） 30 / 100'],
  ] as const)('%s', async (lng, meter, firstSkill) => {
    const i18n = await setupI18n(lng);
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <HostilityMeter hostility={99} explode={100} delta={5} />
        <DimensionChart dimensions={{ listen: 30, observe: 45, ask: 40, judge: 34, decide: 0, language: 100, emotionFirst: 100, process: 45 }} />
      </I18nextProvider>,
    );
    expect(container.querySelector('.hostility-head')?.textContent).toBe(meter);
    // After the decorative glyph (aria-hidden): the skill's name, a space, its score.
    expect(container.querySelector('.dimension')?.textContent).toMatch(new RegExp(`.${firstSkill.replace(/[()]/g, '\\$&')}$`));
  });
});
