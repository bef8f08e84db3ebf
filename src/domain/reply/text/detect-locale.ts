// Per-reply language detection: a trainee may use the English UI and type Chinese. Traditional vs
// Simplified is decided by OpenCC's own tables; the hint only breaks ties.
import type { Locale } from '../reply.types.ts';
import { isSimplifiedOnly, toSimplified } from './fold-script.ts';

const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * @param traditional pass `normalize(text).traditional` when already known, to skip a second
 *   OpenCC pass.
 */
export function detectLocale(text: string, hint?: Locale, traditional?: boolean): Locale {
  // Counted in one pass (this runs for every reply): Han characters, and Latin words of 2+ letters.
  let han = '';
  let latin = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (isHan(c)) han += text[i];
    if (isLatin(c)) run++;
    else {
      if (run >= 2) latin++;
      run = 0;
    }
  }
  if (han.length === 0) return latin > 0 || !hint ? 'en' : hint;
  // Mostly English with a Chinese name or two stays English.
  if (latin > han.length * 2) return 'en';
  if (traditional ?? toSimplified(han) !== han) return 'zh-Hant';
  for (const ch of han) if (isSimplifiedOnly(ch)) return 'zh-Hans';
  return hint === 'zh-Hans' || hint === 'zh-Hant' ? hint : 'zh-Hant';
}
