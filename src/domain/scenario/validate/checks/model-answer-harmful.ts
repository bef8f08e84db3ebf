// model-answer-harmful: a model answer is what guided mode teaches, so it must not itself contain a
// forbidden phrase or a harmful move. The classifier reads every model answer in every locale.
import { isHarmful } from '../../../reply/moves.ts';
import { LOCALES } from '../../../reply/reply.types.ts';
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import type { ScenarioCheck } from '../check.types.ts';

export const check: ScenarioCheck = {
  id: 'model-answer-harmful',
  run: ({ scenario, classify }) => {
    const issues: ScenarioIssue[] = [];
    for (const [state, answers] of Object.entries(scenario.modelAnswers)) {
      answers.forEach((answer, i) => {
        for (const locale of LOCALES) {
          const analysis = classify(answer[locale], { locale });
          const path = toJsonPath(['modelAnswers', state, i, locale]);
          for (const hit of analysis.forbidden) {
            issues.push({ check: 'model-answer-harmful', path, message: `model answer contains the forbidden phrase "${hit.matched}" (${hit.list})` });
          }
          for (const move of analysis.acts.filter(isHarmful)) {
            issues.push({ check: 'model-answer-harmful', path, message: `model answer reads as the harmful move "${move}"` });
          }
        }
      });
    }
    return issues;
  },
};
