// Turns the validator's issues into problems an author can act on: one root cause per problem (the issues
// it causes collapsed under it), a plain-language message key with its values (the UI words it in the
// author's language), and the exact line and column. Pure; the validator stays the one judge.
import { printParseErrorCode, type ParseError } from 'jsonc-parser';
import { nestingPastLimit } from '../../../domain/json/read-json.ts';
import { jsonTree } from './json-tree.ts';
import { END_STATE_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { LocatedIssue } from '../check-draft.ts';
import { parseJsonPath, type PathSegment } from './json-positions.ts';

/** A message the UI translates: `authoring.diagnose.<key>` with `params`; null = show the validator's own words. */
export interface ProblemText {
  key: string;
  params: Record<string, string | number>;
}

/** One issue as the author reads it. */
export interface Described {
  issue: LocatedIssue;
  line: number;
  column: number;
  text: ProblemText | null;
}

export interface Problem extends Described {
  /** Issues that follow from this one and should go away with it. */
  caused: Described[];
}

/** What went wrong in broken JSON, and where an author should type the fix. */
export type SyntaxKind = 'missingComma' | 'trailingComma' | 'missingColon' | 'unclosedString' | 'unclosedObject' | 'unclosedArray' | 'propertyName' | 'badValue' | 'extra' | 'empty' | 'other';

const previousNonSpace = (text: string, at: number) => {
  let i = Math.min(at, text.length) - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return i;
};

/**
 * The first syntax error as the author should see it. A missing comma is reported after the value that
 * needs it (JSON.parse and the tolerant parser both point at the next line's key: one line too late).
 */
export function syntaxProblem(text: string): { at: number; kind: SyntaxKind } | null {
  if (text.trim() === '') return { at: 0, kind: 'empty' };
  // Too deep to parse safely: the reader's message says so; the place is where the limit is passed.
  const deep = nestingPastLimit(text);
  if (deep !== null) return { at: deep, kind: 'other' };
  const errors: ParseError[] = [];
  const root = jsonTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const e = errors[0];
  if (!e) return null;
  // Anything after a complete scenario (a paste that landed past the last brace) is extra text.
  if (root && (root.type === 'object' || root.type === 'array') && text[root.offset + root.length - 1] === (root.type === 'object' ? '}' : ']') && e.offset >= root.offset + root.length) {
    return { at: e.offset, kind: 'extra' };
  }
  const before = previousNonSpace(text, e.offset);
  const next = text[e.offset];
  switch (printParseErrorCode(e.error)) {
    case 'CommaExpected':
      return { at: before + 1, kind: 'missingComma' };
    case 'ColonExpected':
      return { at: e.offset, kind: 'missingColon' };
    case 'UnexpectedEndOfString':
      return { at: e.offset, kind: 'unclosedString' };
    case 'CloseBraceExpected':
      return { at: e.offset, kind: 'unclosedObject' };
    case 'CloseBracketExpected':
      return { at: e.offset, kind: 'unclosedArray' };
    case 'EndOfFileExpected':
      return { at: e.offset, kind: 'extra' };
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (text[before] === ',' && (next === '}' || next === ']')) return { at: before, kind: 'trailingComma' };
      return { at: e.offset, kind: printParseErrorCode(e.error) === 'PropertyNameExpected' ? 'propertyName' : 'badValue' };
    case 'InvalidSymbol':
    case 'InvalidNumberFormat':
    case 'InvalidUnicode':
    case 'InvalidEscapeCharacter':
    case 'InvalidCharacter':
      return { at: e.offset, kind: 'badValue' };
    default:
      return { at: e.offset, kind: 'other' };
  }
}

/** 1-based line and column of an offset (columns count UTF-16 units, as editors do). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const upTo = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = upTo.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = upTo.indexOf('\n'); i !== -1; i = upTo.indexOf('\n', i + 1)) line++;
  return { line, column: upTo.length - lineStart + 1 };
}

/** lineColumn for many offsets in one text: the line starts found once (a 1 MB draft with 150 problems). */
function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (starts[lo] as number) + 1 };
  };
}

const GRAPH_CHECKS = new Set(['unreachable-state', 'no-way-out', 'end-unreachable']);

/** A reference that changes which states can be reached: the initial state, a goto, an `in`. */
const breaksGraph = (i: LocatedIssue) => i.check === 'unknown-state' && /^\$\.(initial$|reactions\[\d+\]\.(goto$|in\[))/.test(i.path);

const valueAt = (doc: unknown, path: readonly PathSegment[]): unknown => {
  let at: unknown = doc;
  for (const seg of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[seg];
  }
  return at;
};

const fieldName = (path: readonly PathSegment[]) => {
  const named = [...path].reverse().find((s) => typeof s === 'string');
  const last = path[path.length - 1];
  return typeof last === 'number' && named !== undefined ? `${named}[${last}]` : String(named ?? '$');
};

/** The author-facing wording of one root issue. */
function wording(issue: LocatedIssue, doc: unknown, text: string, stateIds: string[], factIds: string[]): ProblemText | null {
  const path = parseJsonPath(issue.path);
  const field = fieldName(path);
  const quoted = /"([^"]*)"/.exec(issue.message)?.[1] ?? '';
  const list = (xs: readonly string[]) => xs.join(', ');
  switch (issue.check) {
    case 'json': {
      const found = syntaxProblem(text);
      return { key: `syntax.${found?.kind ?? 'other'}`, params: { line: lineColumn(text, found?.at ?? 0).line, detail: issue.message, comma: ',', colon: ':' } };
    }
    case 'unknown-state':
      if (path[0] === 'modelAnswers') return { key: 'modelAnswersState', params: { name: String(path[1]), options: list(stateIds) } };
      return { key: 'unknownState', params: { name: quoted, options: list(path[path.length - 1] === 'goto' ? [...stateIds, ...END_STATE_IDS] : stateIds) } };
    case 'unknown-fact':
      return { key: 'unknownFact', params: { name: quoted, options: factIds.length ? list(factIds) : '—' } };
    case 'unreachable-state':
      return { key: 'unreachableState', params: { state: String(path[1]) } };
    case 'no-way-out':
      return { key: 'noWayOut', params: { state: String(path[1]) } };
    case 'end-unreachable':
      return { key: 'endUnreachable', params: { end: String(path[1]) } };
    case 'duplicate-id':
      return { key: 'duplicateId', params: { name: quoted || field } };
    case 'pattern':
      return { key: 'lexiconPattern', params: { detail: issue.message.replace(/^[^:]*: /, '') } };
    case 'lexicon-examples':
      return { key: path[path.length - 2] === 'counterexamples' ? 'lexiconCounterexample' : 'lexiconExample', params: { move: issue.message.split(' ').pop() ?? '' } };
    case 'remedy-says':
      return { key: 'remedySays', params: { remedy: quoted } };
    case 'missing-locale':
      return { key: 'missingLocale', params: { field: fieldName(path.slice(0, -1)), locale: String(path[path.length - 1]) } };
    case 'wrong-language':
      return { key: 'wrongLanguage', params: { field: fieldName(path.slice(0, -1)), locale: String(path[path.length - 1]) } };
  }
  const d = issue.detail;
  if (!d) return null;
  if (d.code === 'invalid_type' && valueAt(doc, path) === undefined) return { key: 'missing', params: { field, parent: fieldName(path.slice(0, -1)) } };
  if (d.code === 'invalid_type' && d.expected) return { key: 'wrongType', params: { field, expected: d.expected } };
  if (d.code === 'invalid_value' && d.values) return { key: 'notAllowed', params: { field, value: String(valueAt(doc, path) ?? ''), options: list(d.values) } };
  if (d.code === 'unrecognized_keys' && d.keys) return { key: 'unknownKeys', params: { keys: list(d.keys), field } };
  if (d.code === 'too_small' && d.limit !== undefined) return { key: Array.isArray(valueAt(doc, path)) ? 'tooFew' : 'tooSmall', params: { field, limit: d.limit } };
  if (d.code === 'too_big' && d.limit !== undefined) return { key: Array.isArray(valueAt(doc, path)) ? 'tooMany' : 'tooBig', params: { field, limit: d.limit } };
  return null;
}

const isUnder = (child: string, parent: string) => child !== parent && (child.startsWith(`${parent}.`) || child.startsWith(`${parent}[`));

/**
 * One problem per root cause: issues at the same place, issues inside a place that already has one, and
 * graph issues (unreachable, no way out) while a state reference is broken are collapsed under their cause.
 */
export function diagnose(issues: readonly LocatedIssue[], text: string, doc: unknown): Problem[] {
  const stateIds = doc && typeof doc === 'object' && 'states' in doc && doc.states && typeof doc.states === 'object' ? Object.keys(doc.states) : [];
  const facts = doc && typeof doc === 'object' && 'facts' in doc && Array.isArray(doc.facts) ? (doc.facts as unknown[]) : [];
  const factIds = facts.flatMap((f) => (f && typeof f === 'object' && 'id' in f && typeof f.id === 'string' ? [f.id] : []));
  const graphRoot = issues.find(breaksGraph);
  const locate = lineLocator(text);
  const describe = (issue: LocatedIssue): Described => ({ issue, ...locate(issue.from), text: wording(issue, doc, text, stateIds, factIds) });
  const problems: Problem[] = [];
  for (const issue of issues) {
    const parent = problems.find((p) => p.issue.check !== 'json' && (p.issue.path === issue.path || isUnder(issue.path, p.issue.path)));
    if (parent) parent.caused.push(describe(issue));
    else problems.push({ ...describe(issue), caused: [] });
  }
  // While a state reference is broken, what is unreachable or trapped follows from it: list those under it.
  const root = graphRoot && problems.find((p) => p.issue === graphRoot);
  if (!root) return problems;
  for (const p of problems.filter((x) => GRAPH_CHECKS.has(x.issue.check))) root.caused.push({ issue: p.issue, line: p.line, column: p.column, text: p.text }, ...p.caused);
  return problems.filter((p) => !GRAPH_CHECKS.has(p.issue.check));
}
