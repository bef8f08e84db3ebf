// lex34 (issue 12; blind35 x168, blind36 y174 — two writers): 知道 typed 之道 after "I/you/also/don't" — the slip reads
// and is flagged as the word meant; 之道 after a noun (待客之道) is left alone.
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { flags, itReadsSlipsAsMeant } from '../test-support/slips.ts';

const pairs: [slip: string, meant: string][] = [
  ['我唔之道喎，你問下其他同事', '我唔知道喎，你問下其他同事'],
  ['我也不之道怎么办', '我也不知道怎么办'],
];

describe('lex34 slips read as the word meant', () => {
  itReadsSlipsAsMeant(pairs);

  it('flags the listed phrase typed with the slip', () => {
    expect(flags('我不之道啊')).toContain('service-mistakes/01');
  });

  it('leaves the real word alone', () => {
    expect(normalize('這就是我們的待客之道。').text).toContain('待客之道');
    expect(normalize('不之道理').text).toContain('之道理');
  });
});
