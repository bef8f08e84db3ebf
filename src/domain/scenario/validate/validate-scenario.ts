// The scenario validator: schema first, then every semantic check. Pure: the CLI reads files, the studio
// passes editor text; both get the same issues.
import { readJson } from '../../json/read-json.ts';
import { createClassifier, type Classifier, type LexiconExtension } from '../../reply/classify.ts';
import { usableEntries } from '../../reply/lexicon/usable-entries.ts';
import { safeParseScenario, type ScenarioIssue } from '../parse-scenario.ts';
import type { ScenarioCheck, ValidateOptions } from './check.types.ts';

export type { ValidateOptions };
import { check as duplicateId } from './checks/duplicate-id.ts';
import { check as endUnreachable } from './checks/end-unreachable.ts';
import { check as lexiconExamples } from './checks/lexicon-examples.ts';
import { checkMissingLocale } from './checks/missing-locale.ts';
import { check as modelAnswerHarmful } from './checks/model-answer-harmful.ts';
import { check as noWayOut } from './checks/no-way-out.ts';
import { check as range } from './checks/range.ts';
import { check as remedySays } from './checks/remedy-says.ts';
import { check as sharedTopic } from './checks/shared-topic.ts';
import { check as unguardedReference } from './checks/unguarded-reference.ts';
import { check as unknownState } from './checks/unknown-state.ts';
import { check as unreachableState } from './checks/unreachable-state.ts';
import { check as variation } from './checks/variation.ts';
import { checkWrongLanguage } from './checks/wrong-language.ts';

/** Semantic checks, run once the schema passes. */
export const CHECKS: readonly ScenarioCheck[] = [duplicateId, unknownState, unreachableState, noWayOut, endUnreachable, range, remedySays, sharedTopic, modelAnswerHarmful, unguardedReference, variation, lexiconExamples];

/** Largest scenario file accepted (bytes). */
export const MAX_SCENARIO_BYTES = 1024 * 1024;


// The studio validates on every edit, mostly with the same lexicon and the same model answers: a
// classifier per distinct lexicon remembers its readings, so only changed text is read again.
const MAX_CLASSIFIERS = 4;
const MAX_REMEMBERED = 20_000;
const classifiers = new Map<string, Classifier>();

function rememberingClassifier(lexicon: LexiconExtension | undefined): Classifier {
  const key = JSON.stringify(lexicon?.entries ?? []);
  let classifier = classifiers.get(key);
  if (!classifier) {
    const classify = createClassifier(lexicon);
    const seen = new Map<string, ReturnType<Classifier>>();
    classifier = (text, options) => {
      const k = `${options?.locale ?? ''}|${text}`;
      let analysis = seen.get(k);
      if (!analysis) {
        analysis = classify(text, options);
        if (seen.size >= MAX_REMEMBERED) seen.clear();
        seen.set(k, analysis);
      }
      return analysis;
    };
    if (classifiers.size >= MAX_CLASSIFIERS) classifiers.delete(classifiers.keys().next().value as string);
    classifiers.set(key, classifier);
  }
  return classifier;
}

/** Validates a parsed JSON document; returns every issue found (empty = valid). */
export function validateScenario(doc: unknown, options: ValidateOptions = {}): ScenarioIssue[] {
  const localeIssues = [...checkMissingLocale(doc), ...checkWrongLanguage(doc)];
  const parsed = safeParseScenario(doc);
  if (!parsed.ok) {
    // A missing translation also fails the schema; report it once, under its own check id.
    const covered = new Set(localeIssues.map((i) => i.path));
    return [...localeIssues, ...parsed.issues.filter((i) => !covered.has(i.path))];
  }
  // A pattern that is invalid or could backtrack catastrophically is reported by its entry and left out
  // of the classifier the other checks use, so they still run.
  const { usable, refused } = usableEntries(parsed.scenario.lexicon?.entries ?? []);
  const patternIssues = refused.map((r): ScenarioIssue => ({ check: 'pattern', path: `$.lexicon.entries[${r.index}].pattern`, message: `${r.id}: ${r.problem}` }));
  const lexicon = parsed.scenario.lexicon && { ...parsed.scenario.lexicon, entries: usable };
  const classify = (options.classifierFor ?? rememberingClassifier)(lexicon);
  return [...localeIssues, ...patternIssues, ...CHECKS.flatMap((c) => c.run({ scenario: parsed.scenario, classify }))];
}

/** Validates scenario file text: size limit and JSON syntax, then validateScenario. */
export function validateScenarioText(text: string, options: ValidateOptions = {}): ScenarioIssue[] {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) {
    return [{ check: 'file-size', path: '$', message: `file is ${bytes} bytes; scenarios are limited to 1 MB` }];
  }
  const read = readJson(text);
  if (!read.ok) return [{ check: 'json', path: read.path, message: read.message }];
  return validateScenario(read.value, options);
}
