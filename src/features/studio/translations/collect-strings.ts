// Every visible string of a scenario document: objects with zh-Hant / zh-Hans / en keys, by JSON path.
import { applyEdits, modify } from 'jsonc-parser';

export const TEXT_LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type TextLocale = (typeof TEXT_LOCALES)[number];

export interface StringRow {
  /** Path segments of the localized object. */
  segments: (string | number)[];
  /** Display path, e.g. `states.opening.lines.high[0]`. */
  path: string;
  values: Partial<Record<TextLocale, string>>;
  missing: TextLocale[];
}

const isLocalized = (v: Record<string, unknown>) => TEXT_LOCALES.some((l) => l in v) && Object.keys(v).every((k) => (TEXT_LOCALES as readonly string[]).includes(k));

export function collectStrings(doc: unknown, limit = 5000): StringRow[] {
  const rows: StringRow[] = [];
  const walk = (v: unknown, segments: (string | number)[]) => {
    if (rows.length >= limit || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...segments, i]));
    const obj = v as Record<string, unknown>;
    if (isLocalized(obj)) {
      const values: StringRow['values'] = {};
      for (const l of TEXT_LOCALES) if (typeof obj[l] === 'string') values[l] = obj[l] as string;
      rows.push({ segments, path: segments.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, ''), values, missing: TEXT_LOCALES.filter((l) => !values[l]?.trim()) });
      return;
    }
    // As the missing-locale check: the lexicon's entries and the topic words of a fact or a remedy are
    // classifier data (lists of words, each locale optional), not strings shown in three languages.
    const data = (k: string) => (segments.length === 0 && k === 'lexicon') || k === 'topics';
    for (const [k, x] of Object.entries(obj)) if (!data(k)) walk(x, [...segments, k]);
  };
  walk(doc, []);
  return rows;
}

/** Sets one string in the text, keeping the rest of the formatting. */
export function setString(text: string, segments: (string | number)[], locale: TextLocale, value: string): string {
  return applyEdits(text, modify(text, [...segments, locale], value, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
}
