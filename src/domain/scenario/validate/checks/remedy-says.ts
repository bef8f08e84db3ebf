// remedy-says: a remedy the customer takes only in part (partial) or turns down (reject) must say what she
// answers — what more she needs, or why not. Without it the customer falls back to a generic line that
// names neither, and the trainee cannot tell what to do next. The schema marks `says` optional because
// an accepted remedy needs none; this check holds the other two verdicts to it.
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import type { ScenarioCheck } from '../check.types.ts';

export const check: ScenarioCheck = {
  id: 'remedy-says',
  run: ({ scenario }) =>
    scenario.wants.remedies.flatMap((remedy, i): ScenarioIssue[] =>
      remedy.verdict !== 'accept' && !remedy.says
        ? [{ check: 'remedy-says', path: toJsonPath(['wants', 'remedies', i, 'says']), message: `remedy "${remedy.id}" is ${remedy.verdict}: add "says", what the customer answers to it` }]
        : [],
    ),
};
