// lexicon-examples: a scenario's own phrases (lexicon.entries) keep their promise, as the shipped lexicon's
// do (data/lexicon/README.md): every example reads as the entry's move, no counterexample does. An entry
// whose example does not read as its move finds nothing, or finds something else; the author must know.
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import { createClassifier } from '../../../reply/classify.ts';
import { patternProblem } from '../../../reply/lexicon/pattern-check.ts';
import type { ScenarioCheck } from '../check.types.ts';

export const check: ScenarioCheck = {
  id: 'lexicon-examples',
  // Always the real reader with the scenario's phrases: the examples are a promise about real readings (a
  // stand-in classifier given to the other checks knows nothing of the scenario's entries).
  run: ({ scenario }) => {
    const issues: ScenarioIssue[] = [];
    const entries = scenario.lexicon?.entries ?? [];
    if (entries.length === 0) return issues;
    // A pattern that is refused (the validator's pattern check says why) is left out, as it is for trainees.
    const usable = entries.map((entry) => patternProblem(entry.pattern, entry.lang) === null);
    const classify = createClassifier({ ...scenario.lexicon, entries: entries.filter((_, i) => usable[i]) });
    entries.forEach((entry, i) => {
      if ((entry.role ?? 'match') !== 'match' || !usable[i]) return;
      entry.examples.forEach((text, j) => {
        if (!classify(text).acts.includes(entry.move)) {
          issues.push({ check: 'lexicon-examples', path: toJsonPath(['lexicon', 'entries', i, 'examples', j]), message: `example does not read as ${entry.move}` });
        }
      });
      entry.counterexamples?.forEach((text, j) => {
        if (classify(text).acts.includes(entry.move)) {
          issues.push({ check: 'lexicon-examples', path: toJsonPath(['lexicon', 'entries', i, 'counterexamples', j]), message: `counterexample reads as ${entry.move}` });
        }
      });
    });
    return issues;
  },
};
