// Turns a lexicon data file into compiled regular expressions, folding every pattern the way
// replies are folded so a trainer may write patterns in Traditional or Simplified.
import { MOVE_IDS, type MoveId } from '../moves.ts';
import { withFirstCharLookahead } from './first-chars.ts';
import { gateOf } from './gate.ts';
import { registerAlternative } from './gate-index.ts';
import { LexPattern, wholeWords, type Alternative } from './lex-pattern.ts';
import { patternBody, patternProblem, syntaxProblem } from './pattern-check.ts';
import type { CueId, Language, LexiconData, LexiconExtension } from './lexicon.types.ts';
import type { LexSource } from './lexicon-entry.ts';

export { LexPattern } from './lex-pattern.ts';

export interface CompiledMove {
  match: LexPattern | null;
  except: LexPattern | null;
}

export interface CompiledLexicon {
  language: Language;
  cues: Partial<Record<CueId, LexPattern>>;
  greet: { hello: LexPattern | null; identity: LexPattern | null; offer: LexPattern | null };
  moves: Record<MoveId, CompiledMove>;
}

/** One pattern, compiled (throws on invalid syntax, before anything is registered) and gated. */
function alternative(body: string, language: Language, group: number, entry: string): Alternative {
  const source = wholeWords(body, language);
  const re = new RegExp(language === 'zh' ? withFirstCharLookahead(source) : source, 'g');
  return { body, re, id: registerAlternative(gateOf(source, language)), group, entry };
}

export { expandShorthand } from './pattern-check.ts';

/**
 * Compiles a list of patterns (with their entry ids; a bare string is its own id) into one alternation, or
 * null if empty. `untrusted` patterns (a scenario's) must parse as written (an English pattern is not
 * wrapped into a different one) and pass the backtracking check; the shipped ones must compile, and are
 * held to the rest by pattern-check.test.ts instead of on every start.
 */
export function compileAlternation(sources: readonly (LexSource | string)[], language: Language, where: string, untrusted = false): LexPattern | null {
  if (sources.length === 0) return null;
  const alternatives = sources.map((source) => {
    const { pattern, id } = typeof source === 'string' ? { pattern: source, id: where } : source;
    const body = patternBody(pattern, language);
    const problem = untrusted ? patternProblem(pattern, language) : syntaxProblem(pattern, body);
    if (problem) throw new Error(`${id === where ? where : id}: ${problem}`);
    return alternative(body, language, 0, id);
  });
  return new LexPattern(alternatives, language);
}

/**
 * Compiles several named pattern lists into ONE pattern whose matches say which list matched: one
 * search of the reply instead of one per list (the forbidden phrases use it).
 */
export function compileUnion(lists: readonly (readonly (LexSource | string)[])[], language: Language, where: string): LexPattern | null {
  const alternatives = lists.flatMap((sources, i) => compileAlternation(sources, language, `${where} #${i}`)?.alternatives.map((a) => ({ ...a, group: i })) ?? []);
  return alternatives.length === 0 ? null : new LexPattern(alternatives, language, lists.length);
}

/** A scenario's extra phrases for one language, compiled per move (invalid patterns throw here). */
export type CompiledExtension = Partial<Record<MoveId, LexPattern>>;

const compiledExtensions = new Map<string, CompiledExtension>();

/**
 * Compiled once per distinct set of phrases: the gate index keeps every alternative it registers, and
 * the studio rebuilds a classifier on every edit, mostly with the same extra phrases.
 */
export function compileExtension(extension: LexiconExtension | undefined, language: Language): CompiledExtension {
  const key = `${language}|${JSON.stringify(extension?.entries?.map((e) => [e.id, e.move, e.lang, e.role, e.pattern]) ?? [])}`;
  let out = compiledExtensions.get(key);
  if (!out) {
    out = compileExtensionUncached(extension, language);
    compiledExtensions.set(key, out);
  }
  return out;
}

function compileExtensionUncached(extension: LexiconExtension | undefined, language: Language): CompiledExtension {
  const out: CompiledExtension = {};
  const entries = (extension?.entries ?? []).filter((e) => e.lang === language && (e.role ?? 'match') === 'match');
  for (const move of MOVE_IDS) {
    const extra = compileAlternation(entries.filter((e) => e.move === move), language, `${language} ${move}`, true);
    if (extra) out[move] = extra;
  }
  return out;
}

/** The shipped lexicon with a scenario's extra phrases after each move's own. */
export function extendLexicon(base: CompiledLexicon, extra: CompiledExtension): CompiledLexicon {
  const entries = Object.entries(extra) as [MoveId, LexPattern][];
  if (entries.length === 0) return base;
  const moves = { ...base.moves };
  for (const [move, pattern] of entries) moves[move] = { ...moves[move], match: moves[move].match?.concat(pattern) ?? pattern };
  return { ...base, moves };
}

export function compileLexicon(data: LexiconData, language: Language): CompiledLexicon {
  const cues: Partial<Record<CueId, LexPattern>> = {};
  for (const [id, list] of Object.entries(data.cues) as [CueId, LexSource[]][]) {
    const re = compileAlternation(list, language, `${language} cue ${id}`);
    if (re) cues[id] = re;
  }
  const moves = {} as Record<MoveId, CompiledMove>;
  for (const move of MOVE_IDS) {
    const base = data.moves[move] ?? { match: [], except: [] };
    moves[move] = {
      match: compileAlternation(base.match, language, `${language} ${move}`),
      except: compileAlternation(base.except, language, `${language} ${move} except`),
    };
  }
  return {
    language,
    cues,
    greet: {
      hello: compileAlternation(data.greet.hello, language, `${language} greet.hello`),
      identity: compileAlternation(data.greet.identity, language, `${language} greet.identity`),
      offer: compileAlternation(data.greet.offer, language, `${language} greet.offer`),
    },
    moves,
  };
}
