// variation: seeded variation and difficulty overrides must refer to things that exist. A "{placeholder}"
// in a visible text must be "{name}" or a declared var (else the trainee would read the braces); topics
// and lexicon patterns are matched against replies, so they may not vary; a difficulty's objection list
// names objections of this scenario.
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import { placeholderNames } from '../../playable.ts';
import { DIFFICULTIES } from '../../scenario.schema.ts';
import type { ScenarioCheck } from '../check.types.ts';

const LOCALES = new Set(['zh-Hant', 'zh-Hans', 'en']);
const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)\}/g;

function walk(value: unknown, path: PropertyKey[], inText: boolean, visit: (text: string, path: PropertyKey[]) => void): void {
  if (typeof value === 'string') {
    if (inText) visit(value, path);
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], inText, visit));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k], inText || LOCALES.has(k), visit);
}

export const check: ScenarioCheck = {
  id: 'variation',
  run: ({ scenario }) => {
    const issues: ScenarioIssue[] = [];
    const known = new Set(placeholderNames(scenario));
    walk(scenario, [], false, (text, path) => {
      const inTopics = path.includes('topics');
      for (const m of text.matchAll(PLACEHOLDER)) {
        const name = m[1] ?? '';
        if (inTopics) issues.push({ check: 'variation', path: toJsonPath(path), message: `topics are matched against replies and cannot vary: remove "{${name}}"` });
        else if (!known.has(name)) issues.push({ check: 'variation', path: toJsonPath(path), message: `"{${name}}" is neither {name} nor a var declared in "vars" (${[...known].map((k) => `{${k}}`).join(', ')})` });
      }
    });
    const ids = new Set(scenario.objections.map((o) => o.id));
    for (const d of DIFFICULTIES) {
      scenario.difficulty?.[d]?.objections?.forEach((id, i) => {
        if (!ids.has(id)) issues.push({ check: 'variation', path: toJsonPath(['difficulty', d, 'objections', i]), message: `no objection with id "${id}"` });
      });
    }
    return issues;
  },
};
