// Checks one lexicon pattern before it may run on a trainee's reply: its syntax as written (parsed by
// @eslint-community/regexpp, not by the engine after wrapping, so `a)(b` is refused rather than compiled
// into another pattern), its size and nesting, and that it cannot backtrack catastrophically (recheck).
// Scenario patterns are refused by the validator with this message; the shipped lexicon is held to the
// same rule by a test (pattern-check.test.ts).
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { backtrackingProblem } from './backtracking.ts';
import { toSimplifiedPattern } from '../text/fold-script.ts';
import { expandContractionsText } from '../text/normalize.ts';
import type { Language } from './lexicon.types.ts';

/** Longest pattern accepted, in characters (the longest shipped one is about 3,200). */
export const MAX_PATTERN_LENGTH = 4000;
/** Deepest nesting of groups accepted. */
export const MAX_PATTERN_DEPTH = 12;

const CLAUSE_CHARS = ',.!?;:"\\n';

/**
 * Expands the lexicon's shorthand: ~N (gap inside a clause), ^^ (clause start: text start or clause
 * punctuation, then one optional space — folded replies never hold two spaces in a row), $$ (clause end).
 */
export function expandShorthand(source: string): string {
  return source
    .replace(/~(\d+)/g, (_m, n: string) => `[^${CLAUSE_CHARS}]{0,${n}}?`)
    .replace(/\^\^/g, `(?<=(?:^|[${CLAUSE_CHARS}]) ?)`)
    .replace(/\$\$/g, `(?=$|[${CLAUSE_CHARS}])`);
}

/** Folds a pattern the way replies are folded: a trainer may write "I'm" or 您 and still match. */
export function foldPattern(source: string, language: Language): string {
  if (language === 'en') return expandContractionsText(source.toLowerCase().replace(/[’‘]/g, "'"));
  return toSimplifiedPattern(source).replace(/[您妳祢]/g, '你');
}

/** The pattern as it is compiled (folded, shorthand expanded), before English whole-word wrapping. */
export const patternBody = (pattern: string, language: Language): string => expandShorthand(foldPattern(pattern, language));

/** How deep groups nest, counted without parsing (so a 10,000-deep pattern cannot exhaust the stack). */
function groupDepth(source: string): number {
  let depth = 0;
  let max = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') max = Math.max(max, ++depth);
    else if (ch === ')') depth--;
  }
  return max;
}

const parser = new RegExpParser({ ecmaVersion: 2025, strict: false });

/** The syntax tree of a pattern body, as JavaScript reads it without the u flag; throws RegExpSyntaxError. */
export function parsePattern(body: string): AST.Pattern {
  return parser.parsePattern(body, 0, body.length, { unicode: false });
}

/** The parser's message without its "Invalid regular expression: /…/:" prefix. */
function syntaxMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
}

/** Why a pattern is too long or nests too deep to be compiled, or null. */
function sizeProblem(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is ${pattern.length} characters long; at most ${MAX_PATTERN_LENGTH}`;
  const depth = groupDepth(pattern);
  return depth > MAX_PATTERN_DEPTH ? `pattern nests groups ${depth} deep; at most ${MAX_PATTERN_DEPTH}` : null;
}

/** The pattern's syntax tree, or why it cannot be compiled (size, nesting, syntax). */
function parsed(pattern: string, language: Language): { problem: string } | { ast: AST.Pattern } {
  const size = sizeProblem(pattern);
  if (size) return { problem: size };
  const body = patternBody(pattern, language);
  try {
    const ast = parsePattern(body);
    // The engine must agree (the parser follows the standard; this guards against any gap).
    new RegExp(body, 'g');
    return { ast };
  } catch (error) {
    return { problem: `invalid pattern ${JSON.stringify(pattern)}: ${syntaxMessage(error)}` };
  }
}

/**
 * Only the cheap checks (size, nesting, syntax as the engine reads the body): what the classifier insists on
 * before compiling a shipped pattern. `body` is patternBody(pattern, language), which the caller compiles
 * next. The shipped patterns are held to the full check (the standard's parser on the pattern as written,
 * then backtracking) by pattern-check.test.ts, so every start of the app does not parse them all again
 * (about a third of building the classifier).
 */
export function syntaxProblem(pattern: string, body: string): string | null {
  const size = sizeProblem(pattern);
  if (size) return size;
  try {
    new RegExp(body, 'g');
    return null;
  } catch (error) {
    return `invalid pattern ${JSON.stringify(pattern)}: ${syntaxMessage(error)}`;
  }
}

/**
 * Why a pattern may not run, or null if it may: the cheap checks, then the ReDoS analysis. `pattern` is
 * as written in the entry; the message quotes it and says what to change.
 */
export function patternProblem(pattern: string, language: Language): string | null {
  const result = parsed(pattern, language);
  if ('problem' in result) return result.problem;
  const problem = backtrackingProblem(result.ast);
  return problem === null ? null : `pattern ${JSON.stringify(pattern)} ${problem}`;
}
