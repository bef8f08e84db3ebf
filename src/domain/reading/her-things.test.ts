// scen15z (blind t25-26, t25-04): her situation given back as the things it is made of, hers — "A small flat, a pram you
// need every day, and the landing right outside your door." — is a restatement (paraphrase/her-things, read-back.ts);
// a list of her keywords with nothing of hers, or a sentence telling her what to do, is not; and her three days named
// in what the trainee will do about them (三天的期限我帮您跟保安说明) is his plan, not her story told back.
import { describe, expect, it } from 'vitest';
import { createReader } from './read-reply.ts';
import { shipped } from '../scenario/test-support/shipped.ts';

const read = createReader(shipped('stairwell-pram'));

describe('her things given back as hers', () => {
  it.each([
    ['en', 'A small flat, and your son to take to nursery every morning.'],
    ['zh-Hant', '屋企細，你朝朝仲要推個仔去托兒所。'],
    ['zh-Hans', '家里地方小，您每天早上还要推孩子去托儿所。'],
  ] as const)('is a paraphrase (%s: %s)', (locale, text) => {
    expect(read(text, { locale }).acts).toContain('paraphrase');
  });

  it.each([
    ['en', 'Flat, nursery, notice.'],
    ['zh-Hans', '房子，托儿所，告示。'],
    ['en', 'A small flat, so you will need to find room for your son\'s pram somewhere else.'],
    ['zh-Hant', '三日嘅期限我幫你同保安講聲，你慢慢嚟。'],
    ['zh-Hans', '三天的期限我帮您跟保安说明，您慢慢来。'],
  ] as const)('is not one when nothing is hers, she is told what to do, or it is his plan (%s: %s)', (locale, text) => {
    expect(read(text, { locale }).acts).not.toContain('paraphrase');
  });
});
