// lex32 (issue 12, blind33): afraid with two letters swapped, and its before what only follows it's (its company policy,
// its our rule, its nothing to do with…), each beside its correct spelling: the slip reads and is flagged as the word meant.
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { flags, itReadsSlipsAsMeant } from '../test-support/slips.ts';

const pairs: [slip: string, meant: string][] = [
  ["I'm afriad we can't swap it today.", "I'm afraid we can't swap it today."],
  ['afarid the van is running late', 'afraid the van is running late'],
  ['sorry its company policy, no refunds on sale items', "sorry it's company policy, no refunds on sale items"],
  ['its our rule for opened boxes', "it's our rule for opened boxes"],
  ['its out of my hands now', "it's out of my hands now"],
];

describe('lex32 slips read as the word meant', () => {
  itReadsSlipsAsMeant(pairs);

  it('flags the listed phrase typed with the slips', () => {
    expect(flags("I'm afriad its company polcy, nothing more I can do")).toContain('ten-forbidden/08');
  });

  it('keeps the possessive its', () => {
    expect(normalize('the shop and its staff were great').text).toContain('its staff');
    expect(normalize('the company changed its policy last year').text).toContain('its policy');
  });
});
