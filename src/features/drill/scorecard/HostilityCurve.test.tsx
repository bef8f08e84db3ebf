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
});
