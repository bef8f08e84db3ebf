// A remedy or give-in named under a no is declined (declined.ts): the reading drops the remedy, the
// classifier the offer and the overpromise; the same words said as a yes still count.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../reading/read-reply.ts';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { normalize } from '../text/normalize.ts';
import { declinedAt } from './declined.ts';

const at = (reply: string, words: string) => {
  const folded = normalize(reply).text;
  return declinedAt(folded, folded.indexOf(normalize(words).text));
};

describe('declinedAt', () => {
  it.each([
    ["I can't leave it there", 'leave it there'],
    ['I cannot just leave it there', 'leave it there'],
    ["we won't make an exception", 'make an exception'],
    ['所以呢樣我冇辦法通融', '通融'],
    ['這一點我沒辦法再通融', '通融'],
    ['不能繼續放', '繼續放'],
  ])('%s declines %s', (reply, words) => expect(at(reply, words)).toBe(true));

  it.each([
    ['Fine, leave it there', 'leave it there'],
    ["I can't promise the technician today, but he will come tomorrow", 'technician'],
    ["I can't wait, but leave it there for now", 'leave it there'],
    ['好啦，你繼續放', '繼續放'],
    // An A-not-A question asks before the offer; its 不 / 唔 declines nothing.
    ['你睇下得唔得我即刻幫你換過部新嘅', '換過部新'],
    ['您看可不可以我们先帮您换一台', '换一台'],
    ['你睇下得唔得繼續放', '繼續放'],
  ])('%s does not decline %s', (reply, words) => expect(at(reply, words)).toBe(false));
});

describe('a give-in declined in a drill (stairwell-pram)', () => {
  const read = createReader(shipped('stairwell-pram'));

  it('is neither a remedy offered nor a promise', () => {
    for (const reply of ["I can't leave it there, but I don't want to leave you stuck either.", '所以呢樣我冇辦法通融，sorry']) {
      const r = read(reply);
      expect(r.details.remedies).not.toContain('allow');
      expect(r.acts).not.toContain('overpromise');
      expect(r.acts).not.toContain('propose_solution');
    }
  });

  it('still gives in when the same words say yes', () => {
    const r = read("Fine, leave it there, I'll turn a blind eye.");
    expect(r.details.remedies).toContain('allow');
    expect(r.acts).toContain('overpromise');
  });
});
