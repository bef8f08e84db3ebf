// shared-topic: a topic word (after folding script, case and width) listed for two facts always brings out
// the earlier fact, so it does nothing for the later one and usually means a copy-paste slip.
import { foldTopic } from '../../fact-topics.ts';
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import type { ScenarioCheck } from '../check.types.ts';

export const check: ScenarioCheck = {
  id: 'shared-topic',
  run: ({ scenario }) => {
    const issues: ScenarioIssue[] = [];
    const owner = new Map<string, string>();
    scenario.facts.forEach((fact, i) => {
      const own = new Set<string>();
      for (const [locale, list] of Object.entries(fact.topics ?? {})) {
        list.forEach((topic, j) => {
          const folded = foldTopic(topic);
          const first = owner.get(folded);
          if (first !== undefined && first !== fact.id) {
            issues.push({
              check: 'shared-topic',
              path: toJsonPath(['facts', i, 'topics', locale, j]),
              message: `topic "${topic}" is also a topic of fact "${first}", which it always brings out first`,
            });
          }
          own.add(folded);
        });
      }
      for (const folded of own) if (!owner.has(folded)) owner.set(folded, fact.id);
    });
    return issues;
  },
};
