import { describe, expect, it } from 'vitest';
import { detectBrowserLanguage, matchLanguage } from './languages.ts';

describe('language detection', () => {
  it('maps regional Chinese tags to the right script', () => {
    expect(matchLanguage('zh-TW')).toBe('zh-Hant');
    expect(matchLanguage('zh-HK')).toBe('zh-Hant');
    expect(matchLanguage('zh-Hant-TW')).toBe('zh-Hant');
    expect(matchLanguage('zh-CN')).toBe('zh-Hans');
    expect(matchLanguage('zh_SG')).toBe('zh-Hans');
    expect(matchLanguage('en-GB')).toBe('en');
    expect(matchLanguage('fr-FR')).toBeNull();
  });

  it('walks the browser list and falls back to zh-Hant', () => {
    expect(detectBrowserLanguage(['fr', 'en-US', 'zh-TW'])).toBe('en');
    expect(detectBrowserLanguage(['fr', 'de'])).toBe('zh-Hant');
    expect(detectBrowserLanguage(undefined)).toBe('zh-Hant');
  });
});
