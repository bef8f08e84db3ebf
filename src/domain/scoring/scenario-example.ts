// A scorecard suggestion's example comes from the scenario being played — its own model answers — or the suggestion
// is generic. An example written for one scenario (a plumber this afternoon, a week of waiting) never reaches another.
import { createClassifier, type Classifier } from '../reply/classify.ts';
import { isHarmful, type MoveId } from '../reply/moves.ts';
import type { Locale, ReplyAnalysis } from '../reply/reply.types.ts';
import type { Scenario } from '../scenario/scenario.types.ts';
import { namesFeeling } from './names-feeling.ts';

/** Suggestions that show an example of the move they ask for, and the move(s) an example must read as. */
export const EXAMPLE_MOVES = {
  proposeSolution: ['propose_solution'],
  nameTheFeeling: ['empathize'],
  askOpen: ['ask_open'],
  take_ownership: ['take_ownership'],
  commit_followup: ['commit_followup'],
  ask_preference: ['ask_preference'],
} as const satisfies Record<string, readonly MoveId[]>;
export type ExampleSuggestion = keyof typeof EXAMPLE_MOVES;
export const isExampleSuggestion = (key: string): key is ExampleSuggestion => Object.hasOwn(EXAMPLE_MOVES, key);

// The shipped lexicon only, as the validator reads model answers (model-answer-harmful.ts): a scenario's own entries
// may be refused by the pattern checks, and a scorecard must never throw over an example.
// Every scorecard asks again for the same few answers: each is read once (the cache is emptied, not grown, past a bound,
// for a studio that edits answers all day).
let shipped: Classifier | undefined;
const readings = new Map<string, ReplyAnalysis>();
const READINGS_KEPT = 2000;
function classify(text: string, locale: Locale): ReplyAnalysis {
  const key = `${locale}\u0000${text}`;
  let reading = readings.get(key);
  if (!reading) {
    if (readings.size >= READINGS_KEPT) readings.clear();
    readings.set(key, (reading = (shipped ??= createClassifier())(text, { locale })));
  }
  return reading;
}

/**
 * The first of the scenario's model answers (in the order its states are written) that reads as the suggestion's move
 * and carries no harmful move or forbidden phrase; naming the feeling also needs a feeling named. Undefined when none does.
 */
export function scenarioExample(scenario: Scenario, locale: Locale, key: ExampleSuggestion): string | undefined {
  const moves: readonly MoveId[] = EXAMPLE_MOVES[key];
  for (const answers of Object.values(scenario.modelAnswers)) {
    for (const answer of answers) {
      const text = answer[locale]?.replaceAll('{name}', scenario.persona.name[locale]);
      if (!text || text.includes('{')) continue;
      const reading = classify(text, locale);
      if (reading.forbidden.length > 0 || reading.acts.some(isHarmful)) continue;
      if (!reading.acts.some((act) => moves.includes(act))) continue;
      if (key === 'nameTheFeeling' && !namesFeeling(text)) continue;
      return text;
    }
  }
  return undefined;
}

/**
 * The suggestion `key` with the scenario's own example (`example.<key>`, `{{example}}`), or the generic `key` when
 * none of its model answers fits.
 */
export function suggestWithExample(scenario: Scenario, locale: Locale, key: ExampleSuggestion): { key: string; params?: { example: string } } {
  const example = scenarioExample(scenario, locale, key);
  return example ? { key: `example.${key}`, params: { example } } : { key };
}
