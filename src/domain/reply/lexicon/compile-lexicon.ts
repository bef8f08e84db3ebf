// Turns a lexicon data file into compiled regular expressions, folding every pattern the way
// replies are folded so a trainer may write patterns in Traditional or Simplified.
import { MOVE_IDS, type MoveId } from '../moves.ts';
import { toSimplifiedPattern } from '../text/fold-script.ts';
import { expandContractionsText } from '../text/normalize.ts';
import type { CueId, Language, LexiconData, LexiconExtension } from './lexicon.types.ts';

export interface CompiledMove {
  match: RegExp | null;
  except: RegExp | null;
}

export interface CompiledLexicon {
  language: Language;
  cues: Partial<Record<CueId, RegExp>>;
  greet: { hello: RegExp | null; identity: RegExp | null; offer: RegExp | null };
  moves: Record<MoveId, CompiledMove>;
}

const CLAUSE_CHARS = ',.!?;:"\\n';

/**
 * Expands the lexicon's shorthand: ~N (gap inside a clause), ^^ (clause start: text start or clause
 * punctuation, then optional spaces), $$ (clause end).
 */
export function expandShorthand(source: string): string {
  return source
    .replace(/~(\d+)/g, (_m, n: string) => `[^${CLAUSE_CHARS}]{0,${n}}?`)
    .replace(/\^\^/g, `(?<=(?:^|[${CLAUSE_CHARS}])\\s*)`)
    .replace(/\$\$/g, `(?=$|[${CLAUSE_CHARS}])`);
}

function foldPattern(source: string, language: Language): string {
  // Patterns are folded like replies: a trainer may write "I'm" or 您 and still match.
  if (language === 'en') return expandContractionsText(source.toLowerCase().replace(/[’‘]/g, "'"));
  return toSimplifiedPattern(source).replace(/[您妳祢]/g, '你');
}

/** Compiles a list of regex sources into one global alternation, or null if empty. */
export function compileAlternation(sources: readonly string[], language: Language, where: string): RegExp | null {
  if (sources.length === 0) return null;
  const parts = sources.map((s) => {
    const body = expandShorthand(foldPattern(s, language));
    try {
      new RegExp(body);
    } catch (error) {
      throw new Error(`${where}: invalid pattern ${JSON.stringify(s)}: ${(error as Error).message}`);
    }
    return `(?:${body})`;
  });
  // English patterns match whole words only; one boundary check around the whole alternation is
  // cheaper than one per alternative.
  const joined = parts.join('|');
  return new RegExp(language === 'en' ? `(?<![a-z0-9])(?:${joined})(?![a-z0-9])` : joined, 'g');
}

/** Rewrites capturing groups as non-capturing, so a pattern can be wrapped in one group of a union. */
export function toNonCapturing(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(' && source[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    out += ch;
  }
  return out;
}

/**
 * Compiles several named pattern lists into ONE regex whose top-level group i+1 says which list
 * matched: one scan of the reply instead of one per list (the forbidden phrases use it).
 */
export function compileUnion(lists: readonly (readonly string[])[], language: Language, where: string): RegExp | null {
  const groups = lists.map((sources, i) => {
    if (sources.length === 0) return '(?!)';
    compileAlternation(sources, language, `${where} #${i}`); // validates each source with its own message
    return sources.map((s) => toNonCapturing(expandShorthand(foldPattern(s, language)))).join('|');
  });
  if (groups.every((g) => g === '(?!)')) return null;
  const joined = groups.map((g) => `(${g})`).join('|');
  return new RegExp(language === 'en' ? `(?<![a-z0-9])(?:${joined})(?![a-z0-9])` : joined, 'g');
}

export function compileLexicon(data: LexiconData, language: Language, extension?: LexiconExtension): CompiledLexicon {
  const cues: Partial<Record<CueId, RegExp>> = {};
  for (const [id, list] of Object.entries(data.cues) as [CueId, string[]][]) {
    const re = compileAlternation(list, language, `${language} cue ${id}`);
    if (re) cues[id] = re;
  }
  const moves = {} as Record<MoveId, CompiledMove>;
  for (const move of MOVE_IDS) {
    const base = data.moves[move] ?? { match: [], except: [] };
    const extra = extension?.moves?.[move]?.[language] ?? [];
    moves[move] = {
      match: compileAlternation([...base.match, ...extra], language, `${language} ${move}`),
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
