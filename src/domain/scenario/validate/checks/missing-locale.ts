// missing-locale: every visible string must exist, non-empty, in zh-Hant, zh-Hans and en. Runs on the raw
// document (before the schema), so a trainer sees exactly which translation is missing.
import { LOCALES } from '../../../reply/reply.types.ts';
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';

export const id = 'missing-locale';

const looksLocalized = (v: Record<string, unknown>) => LOCALES.some((l) => l in v);

/**
 * Calls `visit` with every localized object of the document ({ "zh-Hant", "zh-Hans", "en" }: a visible string in its
 * three languages) and its path. The lexicon's entries are classifier data, not visible strings; so are the topic
 * words of a fact or a remedy, whose locales are each optional.
 */
export function eachLocalized(doc: unknown, visit: (text: Record<string, unknown>, path: (string | number)[]) => void): void {
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
    if (typeof value !== 'object' || value === null) return;
    const obj = value as Record<string, unknown>;
    if (looksLocalized(obj)) return visit(obj, path);
    const data = (k: string) => (path.length === 0 && k === 'lexicon') || k === 'topics';
    for (const [k, v] of Object.entries(obj)) if (!data(k)) walk(v, [...path, k]);
  };
  walk(doc, []);
}

export function checkMissingLocale(doc: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  eachLocalized(doc, (obj, path) => {
    for (const locale of LOCALES) {
      const text = obj[locale];
      if (typeof text !== 'string' || text.trim() === '') {
        issues.push({ check: id, path: toJsonPath([...path, locale]), message: `missing ${locale} text` });
      }
    }
  });
  return issues;
}
