// Test support for validator checks: a shipped scenario document, mutated into the broken file a check
// must catch.
import { validateScenario } from '../validate/validate-scenario.ts';
import { shippedDoc } from './shipped.ts';
import { keywordClassifier } from './keyword-classifier.ts';

/** Loosely typed JSON for mutation in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

/** angry-resident's document after `mutate`. */
export function broken(mutate: (doc: Doc) => void): Doc {
  const doc = shippedDoc('angry-resident');
  mutate(doc);
  return doc;
}

/** Issues of a document, validated with the keyword classifier (stable across classifier changes). */
export function issuesOf(doc: unknown) {
  return validateScenario(doc, { classifierFor: () => keywordClassifier });
}
