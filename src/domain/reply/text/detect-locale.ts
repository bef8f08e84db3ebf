// Per-reply language detection: a trainee may use the English UI and type Chinese. Traditional vs
// Simplified is decided by OpenCC's own tables; the hint only breaks ties.
import type { Locale } from '../reply.types.ts';
import { isSimplifiedOnly, toSimplified } from './fold-script.ts';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * @param traditional pass `normalize(text).traditional` when already known, to skip a second
 *   OpenCC pass.
 */
export function detectLocale(text: string, hint?: Locale, traditional?: boolean): Locale {
  const han = text.match(HAN) ?? [];
  const latin = text.match(LATIN_WORD) ?? [];
  if (han.length === 0) return latin.length > 0 || !hint ? 'en' : hint;
  // Mostly English with a Chinese name or two stays English.
  if (latin.length > han.length * 2) return 'en';
  const chars = han.join('');
  if (traditional ?? toSimplified(chars) !== chars) return 'zh-Hant';
  if (han.some(isSimplifiedOnly)) return 'zh-Hans';
  return hint === 'zh-Hans' || hint === 'zh-Hant' ? hint : 'zh-Hant';
}
