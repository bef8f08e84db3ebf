import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import forbiddenData from '../data/forbidden-phrases.json' with { type: 'json' };
import { forbiddenPhrases } from '../forbidden/match-forbidden.ts';
import type { ForbiddenData } from '../forbidden/forbidden.types.ts';
import { lexiconData } from './lexicon-data.ts';
import type { LexSource } from './lexicon-entry.ts';
import type { Language } from './lexicon.types.ts';
import { MAX_PATTERN_DEPTH, patternProblem } from './pattern-check.ts';

/**
 * Every pattern the app ships: the lexicon's entries and the forbidden phrases (with their exceptions, redeemers
 * and negators). The app only checks that these compile (compileAlternation); this holds them to the full rule.
 */
function shippedSources(): { pattern: string; id: string; language: Language }[] {
  const forbidden = forbiddenData as ForbiddenData;
  return (['zh', 'en'] as const).flatMap((language) => {
    const data = lexiconData(language);
    const lists: readonly (LexSource | string)[][] = [
      ...Object.values(data.cues),
      ...Object.values(data.moves).flatMap((m) => [m.match, m.except]),
      data.greet.hello,
      data.greet.identity,
      data.greet.offer,
      ...forbiddenPhrases().flatMap(({ phrase }) => [phrase.match[language] ?? [], phrase.unless?.[language] ?? [], phrase.redeemedBy?.[language] ?? []]),
      forbidden.negated?.[language] ?? [],
    ];
    return lists.flat().map((s) => (typeof s === 'string' ? { pattern: s, id: `forbidden (${s})`, language } : { ...s, language }));
  });
}

// Known catastrophic patterns (OWASP's ReDoS page, the Stack Overflow and Cloudflare outages, CVEs in
// popular packages, and this project's own issue 13). recheck, the ReDoS checker, is the oracle: it must
// find each vulnerable, so the corpus cannot quietly hold a harmless pattern.
const CORPUS = [
  '(a+)+b',
  '(a+)+$',
  '^(a+)+$',
  '([a-zA-Z]+)*$',
  '(a|aa)+$',
  '(a|a?)+$',
  '^(\\d+)*$',
  '(\\w+\\s?)+$',
  '(\\w+)+@',
  '(x+x+)+y',
  '(a*)*b',
  '(a?){25}a{25}',
  '^(\\w|\\d)+$',
  '(\\d|\\d\\d)+x',
  '^(a|b|ab)*$',
  '<!--(.|\\s)*?-->',
  '(\\\\.|[^"])*"',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  '(.*a){12}',
  '\\d+\\d+\\d+x',
  '.*.*=.*;',
  '\\s*#?\\s*$',
  '(?=(a+)+b)',
  '我(都|都有|有)*(记|写)',
];

describe('patternProblem', () => {
  it.each(CORPUS)('refuses the catastrophic pattern %s, which recheck also finds vulnerable', (pattern) => {
    expect(checkSync(pattern, 'g', { timeout: 10_000 }).status).toBe('vulnerable');
    expect(patternProblem(pattern, 'zh')).toMatch(/^pattern ".*" (repeats|has)/);
  });

  it('holds every shipped lexicon pattern and forbidden phrase to the same rule', () => {
    const refused = shippedSources().flatMap(({ pattern, id, language }) => {
      const problem = patternProblem(pattern, language);
      return problem ? [`${id}: ${problem}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it.each([
    ['我~3跟进', 'zh'],
    ['^^好的$$', 'zh'],
    ['(師傅|水喉|維修|技工)~6(上門|上來|過來|檢查)', 'zh'],
    ["(i|we) (can |do |really )*(understand|see) (why|how)", 'en'],
    ['send (a|the) plumber', 'en'],
    ['\\w+ (speaking|here)', 'en'],
    ['take ([a-z]+ ){0,3}off', 'en'],
  ] as const)('accepts the ordinary pattern %s', (pattern, language) => {
    expect(patternProblem(pattern, language)).toBeNull();
  });

  it('reads an English pattern as written, not after whole-word wrapping (a)(b was compiled as another pattern)', () => {
    expect(patternProblem('a)(b', 'en')).toBe('invalid pattern "a)(b": Unmatched \')\'');
    expect(patternProblem('[abc', 'en')).toBe('invalid pattern "[abc": Unterminated character class');
  });

  it('refuses back-references and deep nesting without exhausting the stack', () => {
    expect(patternProblem('(a)\\1', 'zh')).toMatch(/back-reference/);
    const deep = `${'('.repeat(10_000)}a${')'.repeat(10_000)}`;
    expect(patternProblem(deep, 'zh')).toMatch(/at most 4000/);
    const nested = `${'('.repeat(MAX_PATTERN_DEPTH + 1)}a${')'.repeat(MAX_PATTERN_DEPTH + 1)}`;
    expect(patternProblem(nested, 'zh')).toBe(`pattern nests groups ${MAX_PATTERN_DEPTH + 1} deep; at most ${MAX_PATTERN_DEPTH}`);
  });
});
