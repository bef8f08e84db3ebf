// A second labeller's file: each line checked with a sentence naming the bad field (the CLI adds file and line,
// as for the labelled set itself), and the agreement counted only over items both labelled.
import { describe, expect, it } from 'vitest';
import { evaluateSet, parseLabelled } from './evaluate-set.ts';
import { compareLabellers, parseSecondLabel } from './second-labeller.ts';

describe('parseSecondLabel', () => {
  it('names the field that is wrong', () => {
    expect(() => parseSecondLabel({ id: 'a', expect: ['apologise'] })).toThrow('"expect": unknown move "apologise"');
    expect(() => parseSecondLabel({ expect: [] })).toThrow('"id" must be the id of an item');
    expect(() => parseSecondLabel({ id: 'a', reject: 'thank' })).toThrow('"reject" must be an array');
    expect(() => parseSecondLabel({ id: 'a', forbidden: 'yes' })).toThrow('"forbidden" must be true, false or null');
  });

  it('keeps the labels and leaves a note or a missing list out', () => {
    expect(parseSecondLabel({ id: 'a', expect: ['thank'], note: 'sincere' })).toEqual({ id: 'a', expect: ['thank'], reject: [], forbidden: null });
  });
});

describe('compareLabellers', () => {
  const items = [
    parseLabelled({ id: 'a', text: 'x', expect: ['lecture'], reject: ['thank'], forbidden: false }),
    parseLabelled({ id: 'b', text: 'y', expect: ['apologize'], reject: [], forbidden: null }),
  ];
  // The reader read "thank" on a (wrong: rejected) and apologize on b (right).
  const found: Record<string, ('thank' | 'apologize')[]> = { a: ['thank'], b: ['apologize'] };
  const report = evaluateSet(items, (i) => ({ acts: found[i.id] ?? [], forbidden: [] }) as never);

  it('counts a second label that finds a rejected move as disagreement, and a forbidden flag only where both judged', () => {
    const a = compareLabellers(report.items, [
      { id: 'a', expect: ['lecture', 'thank'], reject: [], forbidden: false },
      { id: 'b', expect: ['apologize'], reject: [], forbidden: true },
    ]);
    expect(a).toEqual({ items: 2, agreed: 1, readerOnAgreed: 1, readerOnDisputed: 0, forbiddenJudged: 1, forbiddenAgreed: 1, unlabelled: [] });
  });
});
