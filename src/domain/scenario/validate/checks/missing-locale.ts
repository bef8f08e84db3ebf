// missing-locale: every visible string must exist, non-empty, in zh-Hant, zh-Hans and en. Runs on the raw
// document (before the schema), so a trainer sees exactly which translation is missing.
import { LOCALES } from '../../../reply/reply.types.ts';
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';

export const id = 'missing-locale';

const looksLocalized = (v: Record<string, unknown>) => LOCALES.some((l) => l in v);

export function checkMissingLocale(doc: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
    if (typeof value !== 'object' || value === null) return;
    const obj = value as Record<string, unknown>;
    if (looksLocalized(obj)) {
      for (const locale of LOCALES) {
        const text = obj[locale];
        if (typeof text !== 'string' || text.trim() === '') {
          issues.push({ check: id, path: toJsonPath([...path, locale]), message: `missing ${locale} text` });
        }
      }
      return;
    }
    // The lexicon's entries are classifier data, not visible strings; so are the topic words of a fact or a
    // remedy, whose locales are each optional.
    const data = (k: string) => (path.length === 0 && k === 'lexicon') || k === 'topics';
    for (const [k, v] of Object.entries(obj)) if (!data(k)) walk(v, [...path, k]);
  };
  walk(doc, []);
  return issues;
}
