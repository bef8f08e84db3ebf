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
    // scen15u (blind t21-37): what the trainee can't agree to or allow is declined with it.
    ["That's why I can't agree to leave them there.", 'leave them there'],
    ["I'm not able to allow you to keep it there.", 'keep it there'],
    ['正因为这样，我不能同意您继续放在平台上。', '继续放'],
    ['所以我唔可以俾你繼續擺喺度。', '繼續擺'],
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
    // …but agreeing after a no about something else still agrees.
    ["I can't promise much, but I agree to leave them there for now.", 'leave them there'],
    ['我不能保证太多，但同意您继续放到周末。', '继续放'],
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

  it('is the no explained, not the pram allowed, when the trainee cannot agree to it (scen15u, blind t21-37)', () => {
    for (const reply of [
      "The landing is the fire escape for the whole floor, your family included. That's why I can't agree to leave them there.",
      '楼梯平台是整层楼的逃生通道，也包括您和孩子。正因为这样，我不能同意您继续放在平台上。',
      '個樓梯平台係成層樓嘅走火通道，包括你同個仔。所以我唔可以俾你繼續擺喺度。',
    ]) {
      const r = read(reply);
      expect(r.details.remedies).not.toContain('allow');
      expect(r.acts).not.toContain('overpromise');
      expect(r.acts).not.toContain('paraphrase');
      expect(r.acts).toContain('explain');
    }
  });

  it('hears a wall hook, in any of the three languages, as the rack she can use (scen15u, blind t21-37)', () => {
    for (const reply of ['I can have our handyman fit a wall hook inside your door so the pram folds away.', '我让师傅在您家门后装一个挂钩，婴儿车折起来挂上。', '我叫師傅喺你門後面裝個掛鈎，架車摺埋掛起。']) {
      expect(read(reply).details.remedies).toContain('fold-rack');
    }
  });

  it('still gives in when the same words say yes', () => {
    const r = read("Fine, leave it there, I'll turn a blind eye.");
    expect(r.details.remedies).toContain('allow');
    expect(r.acts).toContain('overpromise');
  });
});
