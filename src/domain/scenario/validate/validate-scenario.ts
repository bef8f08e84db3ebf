// The scenario validator: schema first, then every semantic check. Pure: the CLI reads files, the studio
// passes editor text; both get the same issues.
import { createClassifier } from '../../reply/classify.ts';
import { safeParseScenario, toJsonPath, type ScenarioIssue } from '../parse-scenario.ts';
import type { Scenario } from '../scenario.types.ts';
import type { ScenarioCheck, ValidateOptions } from './check.types.ts';

export type { ValidateOptions };
import { check as duplicateId } from './checks/duplicate-id.ts';
import { check as endUnreachable } from './checks/end-unreachable.ts';
import { check as lexiconExamples } from './checks/lexicon-examples.ts';
import { checkMissingLocale } from './checks/missing-locale.ts';
import { check as modelAnswerHarmful } from './checks/model-answer-harmful.ts';
import { check as noWayOut } from './checks/no-way-out.ts';
import { check as range } from './checks/range.ts';
import { check as sharedTopic } from './checks/shared-topic.ts';
import { check as unguardedReference } from './checks/unguarded-reference.ts';
import { check as unknownState } from './checks/unknown-state.ts';
import { check as unreachableState } from './checks/unreachable-state.ts';

/** Semantic checks, run once the schema passes. */
export const CHECKS: readonly ScenarioCheck[] = [duplicateId, unknownState, unreachableState, noWayOut, endUnreachable, range, sharedTopic, modelAnswerHarmful, unguardedReference, lexiconExamples];

/** Largest scenario file accepted (bytes). */
export const MAX_SCENARIO_BYTES = 1024 * 1024;


/** Scenario lexicon entries whose pattern does not compile, each reported at its pattern. */
function brokenPatterns(lexicon: Scenario['lexicon']): ScenarioIssue[] {
  return (lexicon?.entries ?? []).flatMap((entry, i) => {
    try {
      createClassifier({ entries: [entry] });
      return [];
    } catch (error) {
      const detail = (error as Error).message.replace(/^.*?: invalid pattern /, '');
      return [{ check: 'lexicon-pattern', path: toJsonPath(['lexicon', 'entries', i, 'pattern']), message: `pattern does not compile: ${detail}` }];
    }
  });
}

/** Validates a parsed JSON document; returns every issue found (empty = valid). */
export function validateScenario(doc: unknown, options: ValidateOptions = {}): ScenarioIssue[] {
  const localeIssues = checkMissingLocale(doc);
  const parsed = safeParseScenario(doc);
  if (!parsed.ok) {
    // A missing translation also fails the schema; report it once, under its own check id.
    const covered = new Set(localeIssues.map((i) => i.path));
    return [...localeIssues, ...parsed.issues.filter((i) => !covered.has(i.path))];
  }
  // A scenario's own lexicon pattern that does not compile (a half-typed group, say) is a problem at that
  // entry, not an exception: the studio validates on every keystroke and the CLI must not print a stack.
  const broken = brokenPatterns(parsed.scenario.lexicon);
  if (broken.length > 0) return [...localeIssues, ...broken];
  const classify = (options.classifierFor ?? createClassifier)(parsed.scenario.lexicon);
  return [...localeIssues, ...CHECKS.flatMap((c) => c.run({ scenario: parsed.scenario, classify }))];
}

/** Validates scenario file text: size limit and JSON syntax, then validateScenario. */
export function validateScenarioText(text: string, options: ValidateOptions = {}): ScenarioIssue[] {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) {
    return [{ check: 'file-size', path: '$', message: `file is ${bytes} bytes; scenarios are limited to 1 MB` }];
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return [{ check: 'json', path: '$', message: `not valid JSON: ${(error as Error).message}` }];
  }
  return validateScenario(doc, options);
}
