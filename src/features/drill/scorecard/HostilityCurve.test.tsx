// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../../i18n/setup.ts';
import { HostilityCurve } from './HostilityCurve.tsx';

describe('HostilityCurve', () => {
  it('labels the dashed breakdown line on the chart and says what it means in the caption', async () => {
    const i18n = await setupI18n('en');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <HostilityCurve points={[70, 80, 40]} explode={85} />
      </I18nextProvider>,
    );
    expect(container.querySelector('svg[role="img"] .limit-label')).toHaveTextContent('Breakdown (85)');
    expect(screen.getByRole('img', { name: /Dashed line: at 85 or above, the conversation breaks down/ })).toBeInTheDocument();
  });

  it('draws no breakdown line or legend when the scenario has none', async () => {
    const i18n = await setupI18n('en');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <HostilityCurve points={[70, 40]} />
      </I18nextProvider>,
    );
    expect(container.querySelector('.limit')).toBeNull();
    expect(container.textContent).not.toMatch(/Dashed line/);
  });

  it.each([100, 95, 85, 30])('keeps the breakdown label inside the chart with the line at %i', async (explode) => {
    const i18n = await setupI18n('zh-Hant');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <HostilityCurve points={[70, 40]} explode={explode} />
      </I18nextProvider>,
    );
    const label = container.querySelector('.limit-label')!;
    const line = container.querySelector('line.limit')!;
    const [top, , , height] = container.querySelector('svg[role="img"]')!.getAttribute('viewBox')!.split(' ').map(Number);
    // Its baseline at y, 11 px text: the whole label between the chart's top and bottom edges.
    const baseline = Number(label.getAttribute('y'));
    expect(baseline - 11).toBeGreaterThanOrEqual(top!);
    expect(baseline).toBeLessThanOrEqual(height!);
    // And it is beside its line (within a line of text of it), not somewhere else.
    expect(Math.abs(baseline - Number(line.getAttribute('y1')))).toBeLessThanOrEqual(15);
  });
});
