// Traditional → Simplified on a folded reply, keeping its span map when the conversion changes length.
import { toSimplified } from './fold-script.ts';

/** A text and, per UTF-16 unit, the original span it came from (the FoldedText map). */
export interface Mapped {
  text: string;
  starts: number[];
  ends: number[];
}

// A character outside the Basic Multilingual Plane: two UTF-16 units (𨋢 U+28622, an emoji).
const ASTRAL = /([\u{10000}-\u{10ffff}])/u;

/**
 * OpenCC is character-for-character on BMP text, but an astral character may fold to a BMP one (the Hong
 * Kong 𨋢 "lift" → 䢂): two units become one and every later span would shift. Then the runs between astral
 * characters are converted whole (phrases need their context) and each astral character alone, and the
 * map is rebuilt so every written unit points at what the trainee typed.
 */
export function simplifyMapped(m: Mapped): Mapped {
  const whole = toSimplified(m.text);
  if (whole.length === m.text.length) return { ...m, text: whole };
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const part of m.text.split(ASTRAL)) {
    if (part === '') continue;
    const converted = toSimplified(part);
    if (converted.length === part.length) {
      text += converted;
      starts.push(...m.starts.slice(at, at + part.length));
      ends.push(...m.ends.slice(at, at + part.length));
    } else {
      // One astral character that changed length: each unit it became points at the whole character.
      const from = m.starts[at] ?? 0;
      const to = m.ends[at + part.length - 1] ?? from;
      text += converted;
      for (let k = 0; k < converted.length; k++) {
        starts.push(from);
        ends.push(to);
      }
    }
    at += part.length;
  }
  return { text, starts, ends };
}
