// Scenario-authored better phrasings, picked for the state a reply was made in.
import type { Locale } from '../reply/reply.types.ts';
import type { Scenario } from '../scenario/scenario.types.ts';

/** The first model answer for a state in the drill's locale, or the initial state's, or ''. */
export function modelAnswerFor(scenario: Scenario, stateId: string, locale: Locale): string {
  const list = scenario.modelAnswers[stateId] ?? scenario.modelAnswers[scenario.initial] ?? [];
  return list[0]?.[locale] ?? '';
}
