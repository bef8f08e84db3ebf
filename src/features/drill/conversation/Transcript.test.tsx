// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../../i18n/setup.ts';
import { Transcript } from './Transcript.tsx';

// Just after midnight, local time: where Traditional Chinese names the part of the day, the chat must name it as the
// scorecard does (its "ended at" uses timeStyle short).
const at = new Date(2026, 11, 4, 0, 1).toISOString();
const lines = [{ id: 'c0', speaker: 'customer' as const, text: 'Where is the cake?', turn: 0, at }];

describe('Transcript: chat times', () => {
  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('%s: a message time reads as the scorecard writes it', async (language) => {
    const i18n = await setupI18n(language);
    render(
      <I18nextProvider i18n={i18n}>
        <Transcript lines={lines} customerName="Mrs Yeung" showFeedback={false} typing={false} setting="chat" />
      </I18nextProvider>,
    );
    const shown = screen.getByText((_, el) => el?.tagName === 'TIME');
    expect(shown.textContent).toBe(new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(at)));
    // The Traditional Chinese day period the scorecard uses after midnight (not 上午, "morning").
    if (language === 'zh-Hant') expect(shown.textContent).toContain('凌晨');
  });
});

describe('Transcript: what a screen reader hears', () => {
  it.each([
    ['en', 'Mrs Leung: Where is the cake?'],
    ['zh-Hans', '梁太：Where is the cake?'],
    ['zh-Hant', '梁太：Where is the cake?'],
  ] as const)('%s: the customer\'s line is announced after her name and the colon of the UI language', async (language, heard) => {
    const i18n = await setupI18n(language);
    render(
      <I18nextProvider i18n={i18n}>
        <Transcript lines={lines} customerName={language === 'en' ? 'Mrs Leung' : '梁太'} showFeedback={false} typing={false} setting="chat" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe(heard);
  });
});
