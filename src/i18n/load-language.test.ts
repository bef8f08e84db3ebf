import { describe, expect, it } from 'vitest';
import { loadDeferredStrings, loadLanguage, setupI18n } from './setup.ts';

describe('the first visit carries one language', () => {
  it('starts with the chosen language only; another arrives with loadLanguage, the lazy sections with loadDeferredStrings', async () => {
    const i18n = await setupI18n('en', { deferLazyStrings: true });
    expect(i18n.t('common.appTitle')).not.toBe('common.appTitle');
    expect(i18n.hasResourceBundle('zh-Hant', 'translation')).toBe(false);
    expect(i18n.hasResourceBundle('zh-Hans', 'translation')).toBe(false);

    await loadLanguage('zh-Hans', i18n);
    await i18n.changeLanguage('zh-Hans');
    expect(i18n.t('common.appTitle')).toMatch(/\p{Script=Han}/u);
    // The drill's screens are a lazy route's: not yet there, then there for every language.
    expect(i18n.exists('drill.briefing', { lng: 'zh-Hans' })).toBe(false);
    await loadDeferredStrings(i18n);
    expect(i18n.exists('drill.briefing', { lng: 'zh-Hant' })).toBe(true);
  });

  it('without deferring (tests, CLI) every string of every language is there at once', async () => {
    const i18n = await setupI18n('zh-Hant');
    for (const lng of ['zh-Hant', 'zh-Hans', 'en']) expect(i18n.exists('drill.briefing', { lng })).toBe(true);
  });
});
