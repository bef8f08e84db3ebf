/** The UI languages. Traditional Chinese is the fallback: the decks are written in it. */
export const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'zh-Hant';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The value when it is a UI language (i18next's current language, say), else the fallback. */
export const languageOr = (value: unknown): Language => (isLanguage(value) ? value : FALLBACK_LANGUAGE);

/**
 * Maps a BCP 47 tag to a UI language: zh-TW/HK/MO and zh-Hant → zh-Hant; zh-CN/SG and zh-Hans → zh-Hans;
 * en-* → en. Anything else (including a bare `zh`) gives null so the caller can keep looking.
 */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (lower === '') return null;
  if (isLanguage(tag)) return tag;
  if (lower.startsWith('zh')) {
    if (/-hant|-tw|-hk|-mo/.test(lower)) return 'zh-Hant';
    if (/-hans|-cn|-sg|-my/.test(lower)) return 'zh-Hans';
    return lower === 'zh' ? 'zh-Hans' : null;
  }
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}

/** First supported language among the browser's preferences, or the fallback. */
export function detectBrowserLanguage(languages: readonly string[] | undefined): Language {
  for (const tag of languages ?? []) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return FALLBACK_LANGUAGE;
}
