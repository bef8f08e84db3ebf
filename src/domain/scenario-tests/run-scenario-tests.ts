// Runs a scenario's saved transcripts through the same engine and scorer as a drill. Pure: the studio runs
// it on every edit, the CLI on files. Failures are data ({ kind, expected, actual }); callers word them.
import { createReader, readerKey, type Reader } from '../reading/read-reply.ts';
import type { Reading } from '../reading/reading.types.ts';
import { deepFreeze, recentValues } from '../recent.ts';
import { createClassifier, type Classifier } from '../reply/classify.ts';
import type { LexiconExtension } from '../reply/classify.ts';
import { runDrill } from '../drill/run-drill.ts';
import { usableLexicon } from '../reply/lexicon/usable-entries.ts';
import type { Outcome, Scenario, TurnRecord } from '../scenario/scenario.types.ts';
import { scoreDrill } from '../scoring/score-drill.ts';
import type { ScenarioTest } from './scenario-tests.schema.ts';

/** Why a test failed. */
export type TestFailure =
  | { kind: 'outcome'; expected: Outcome; actual: Outcome }
  | { kind: 'score'; min: number; max: number; actual: number }
  | { kind: 'error'; message: string };

/** The result of one test. */
export interface TestResult {
  /** The test's name. */
  name: string;
  /** True when every expectation held. */
  passed: boolean;
  /** Outcome reached (`incomplete` if the replies ran out). */
  outcome: Outcome;
  /** Overall score 0–100. */
  score: number;
  /** Every expectation that did not hold. */
  failures: TestFailure[];
  /** Replies after the end state, never played (not a failure: outcome and score are what a test pins). */
  unplayed: number;
  /** What was played, turn by turn, so an author can see where the conversation went another way. */
  transcript: TranscriptTurn[];
}

/** One played turn of a test. */
export interface TranscriptTurn {
  reply: string;
  /** The moves the reply was read as. */
  moves: string[];
  /** The reaction that fired, if any. */
  reaction: string | null;
  stateBefore: string;
  stateAfter: string;
  hostilityBefore: number;
  hostility: number;
  /** The customer's answer, localized segments in order. */
  customer: TurnRecord['customer'];
}

/** Options: the classifier factory (default: the real one with the scenario's lexicon). */
export interface RunTestsOptions {
  classifierFor?: (lexicon: LexiconExtension | undefined) => Classifier;
}

/** Plays one test. Never throws: an engine error is reported as a failure. */
export function runScenarioTest(scenario: Scenario, test: ScenarioTest, read: Reader): TestResult {
  try {
    const run = runDrill(scenario, test.replies, { read, seed: test.seed, locale: test.locale });
    const card = scoreDrill(run.played, { sim: run.sim, outcome: run.outcome, locale: test.locale, diagnosis: test.diagnosis ?? null });
    const failures: TestFailure[] = [];
    if (run.outcome !== test.expect.outcome) failures.push({ kind: 'outcome', expected: test.expect.outcome, actual: run.outcome });
    const range = test.expect.score;
    if (range && (card.score < range.min || card.score > range.max)) failures.push({ kind: 'score', min: range.min, max: range.max, actual: card.score });
    const transcript = run.sim.turns.map((t): TranscriptTurn => ({
      reply: t.reply,
      moves: [...t.analysis.acts],
      reaction: t.reaction,
      stateBefore: t.stateBefore,
      stateAfter: t.stateAfter,
      hostilityBefore: t.hostilityBefore,
      hostility: t.hostility,
      customer: t.customer,
    }));
    return { name: test.name, passed: failures.length === 0, outcome: run.outcome, score: card.score, failures, unplayed: run.unplayed.length, transcript };
  } catch (error) {
    return { name: test.name, passed: false, outcome: 'incomplete', score: 0, failures: [{ kind: 'error', message: (error as Error).message }], unplayed: 0, transcript: [] };
  }
}

/** `read`, remembering its reading of each reply per locale hint (a reading depends on nothing else). */
function remembering(read: Reader): Reader {
  const readings = new Map<string, Reading>();
  return (text, options) => {
    const key = `${options?.locale ?? ''}\u0000${text}`;
    let reading = readings.get(key);
    if (!reading) readings.set(key, (reading = deepFreeze(read(text, options))));
    return reading;
  };
}

// The studio runs a scenario's tests on every edit, and most edits (a line, a state, a reaction) leave what the
// reader reads alone: the last few readers, by readerKey, with the readings they made, serve the next runs.
const readers = recentValues<Reader>(4);
function sharedReader(scenario: Scenario): Reader {
  const lexicon = usableLexicon(scenario.lexicon);
  return readers(readerKey(scenario, lexicon), () => remembering(createReader(scenario, createClassifier(lexicon))));
}

/** Plays every test of a plan against a scenario. */
export function runScenarioTests(scenario: Scenario, tests: readonly ScenarioTest[], options: RunTestsOptions = {}): TestResult[] {
  // An entry the validator refuses (named there) never runs: the tests play with the others.
  const read = options.classifierFor ? createReader(scenario, options.classifierFor(usableLexicon(scenario.lexicon))) : sharedReader(scenario);
  return tests.map((t) => runScenarioTest(scenario, t, read));
}

/** English one-liner for a failure (CLI output; the studio translates from the data instead). */
export function describeFailure(f: TestFailure): string {
  switch (f.kind) {
    case 'outcome':
      return `expected outcome ${f.expected}, got ${f.actual}`;
    case 'score':
      return `expected score ${f.min}–${f.max}, got ${f.actual}`;
    case 'error':
      return `engine error: ${f.message}`;
  }
}
