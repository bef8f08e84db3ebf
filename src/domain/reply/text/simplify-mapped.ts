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
 * OpenCC is character-for-character, but not unit-for-unit: an astral character may fold to a BMP one (the
 * Hong Kong 𨋢 "lift" → 䢂: two units become one) and a BMP one to an astral one (餸 → 𩠌), and every later
 * span would shift. Then the runs between astral
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
    const from = [...part];
    const to = [...converted];
    if (converted.length === part.length) {
      text += converted;
      starts.push(...m.starts.slice(at, at + part.length));
      ends.push(...m.ends.slice(at, at + part.length));
    } else if (from.length === to.length) {
      // A BMP character that folds to an astral one (Cantonese 餸 "dish" → 𩠌): the same characters, one unit
      // longer. Walk both character by character so each written unit still points at the one typed.
      let unit = at;
      from.forEach((ch, k) => {
        const out = to[k] ?? '';
        const s = m.starts[unit] ?? 0;
        const e = m.ends[unit + ch.length - 1] ?? s;
        text += out;
        for (let u = 0; u < out.length; u++) {
          starts.push(s);
          ends.push(e);
        }
        unit += ch.length;
      });
    } else {
      // One astral character that changed length: each unit it became points at the whole character.
      const s = m.starts[at] ?? 0;
      const e = m.ends[at + part.length - 1] ?? s;
      text += converted;
      for (let k = 0; k < converted.length; k++) {
        starts.push(s);
        ends.push(e);
      }
    }
    at += part.length;
  }
  return { text, starts, ends };
}
