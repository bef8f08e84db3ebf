import { describe, expect, it } from 'vitest';
import { detectLocale } from './detect-locale.ts';

describe('detectLocale', () => {
  it('tells Traditional from Simplified by the characters used', () => {
    expect(detectLocale('這件事由我跟進')).toBe('zh-Hant');
    expect(detectLocale('这件事由我跟进')).toBe('zh-Hans');
  });

  it('lets the text win over the UI locale hint', () => {
    expect(detectLocale('真的很抱歉,讓您久等了', 'en')).toBe('zh-Hant');
    expect(detectLocale("I'm so sorry", 'zh-Hans')).toBe('en');
  });

  it('uses the hint only when the script is ambiguous', () => {
    expect(detectLocale('是的', 'zh-Hans')).toBe('zh-Hans');
    expect(detectLocale('是的', 'zh-Hant')).toBe('zh-Hant');
  });

  it('keeps an English reply with a Chinese name English', () => {
    expect(detectLocale('Mr 陳, I am so sorry for the wait, let me check this for you now.')).toBe('en');
  });
});
