// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '../i18n/setup.ts';
import { HighlightedText } from './HighlightedText.tsx';

describe('HighlightedText: the label a screen reader hears after the marked words', () => {
  it.each([
    ['en', 'rushing', ' (rushing)'],
    ['zh-Hans', '催促', '（催促）'],
    ['zh-Hant', '催促', '（催促）'],
  ] as const)('%s wraps it in the brackets of the UI language', async (language, label, heard) => {
    const i18n = await setupI18n(language);
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <p>
          <HighlightedText text="快点说" highlights={[{ start: 0, end: 2, kind: 'harmful', label }]} />
        </p>
      </I18nextProvider>,
    );
    expect(container.querySelector('.visually-hidden')?.textContent).toBe(heard);
  });
});
