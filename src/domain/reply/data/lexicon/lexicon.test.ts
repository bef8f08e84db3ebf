// The lexicon's own tests: every entry is documented data (README.md beside it) whose examples must
// read as its move and whose counterexamples must not.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../classify.ts';
import { compileAlternation } from '../../lexicon/compile-lexicon.ts';
import { stampKeys } from '../../lexicon/gate-index.ts';
import { searchPattern } from '../../lexicon/lex-pattern.ts';
import { CueFileSchema, MoveFileSchema, type LexiconEntry } from '../../lexicon/lexicon-entry.ts';
import { normalize } from '../../text/normalize.ts';
import { CUE_FILES, MOVE_FILES } from './index.ts';

// Each entry's pattern compiled on its own, once (an entry has several examples; compiling it for each was a
// quarter of this file's time).
const compiled = new Map<LexiconEntry, ReturnType<typeof compileAlternation>>();
const patternOf = (entry: LexiconEntry) => {
  if (!compiled.has(entry)) compiled.set(entry, compileAlternation([{ pattern: entry.pattern, id: entry.id }], entry.lang, entry.id));
  return compiled.get(entry)!;
};

const matches = (entry: LexiconEntry, text: string): boolean => {
  const pattern = patternOf(entry);
  const folded = normalize(text).text;
  stampKeys(folded, [entry.lang]);
  return pattern !== null && searchPattern(pattern, folded).length > 0;
};

describe('the shipped lexicon files', () => {
  it('follow the entry schema, with unique ids named after their move or cue and language', () => {
    const ids = new Set<string>();
    for (const file of MOVE_FILES) {
      expect(() => MoveFileSchema.parse(file), file.move).not.toThrow();
      for (const e of file.entries) {
        expect(e.id.startsWith(`${file.move}/${e.lang}/`), e.id).toBe(true);
        expect(ids.has(e.id), e.id).toBe(false);
        ids.add(e.id);
      }
    }
    for (const file of CUE_FILES) {
      expect(() => CueFileSchema.parse(file), file.cue).not.toThrow();
      for (const e of file.entries) {
        expect(ids.has(e.id), e.id).toBe(false);
        ids.add(e.id);
      }
    }
  });

  it('give every entry an example and a source deck or a reason', () => {
    const undocumented = [...MOVE_FILES, ...CUE_FILES]
      .flatMap((f) => f.entries)
      .filter((e) => e.examples.length === 0 || (e.source === undefined && e.note === undefined))
      .map((e) => e.id);
    expect(undocumented).toEqual([]);
  });
});

for (const file of MOVE_FILES.filter((f) => f.entries.length > 0)) {
  describe(`lexicon: ${file.move}`, () => {
    for (const entry of file.entries) {
      it(`${entry.id} ${entry.role === 'except' ? 'vetoes' : 'finds'} its examples${entry.counterexamples ? ' and not its counterexamples' : ''}`, () => {
        for (const example of entry.examples) {
          expect(matches(entry, example), `pattern ${entry.pattern} on "${example}"`).toBe(true);
          if (entry.role !== 'except') expect(classifyReply(example).acts, `"${example}"`).toContain(file.move);
        }
        for (const counter of entry.counterexamples ?? []) {
          expect(classifyReply(counter).acts, `"${counter}"`).not.toContain(file.move);
        }
      });
    }
  });
}

describe('lexicon cues', () => {
  for (const file of CUE_FILES) {
    it(`${file.cue}: every pattern finds its examples and none of its counterexamples`, () => {
      for (const entry of file.entries) {
        for (const example of entry.examples) expect(matches(entry, example), `${entry.id} ${entry.pattern} on "${example}"`).toBe(true);
        for (const counter of entry.counterexamples ?? []) expect(matches(entry, counter), `${entry.id} ${entry.pattern} on "${counter}"`).toBe(false);
      }
    });
  }
});
