import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { normalize } from './normalize.ts';

describe('typos folded before matching', () => {
  it.each([
    ['真係好抱欠', '抱歉'],
    ['同你到歉', '道歉'],
    ['你因該早啲講', '应该'],
    ['我即刻邦你查', '帮你'],
    ['對吾住呀', '对不住'],
    ['我地會跟進', '我们'],
  ])('Chinese input-method slip: %s', (reply, folded) => {
    expect(normalize(reply).text).toContain(folded);
  });

  it('leaves real words that look like slips alone', () => {
    expect(normalize('我地址係九龍').text).toContain('我地址');
    expect(normalize('明白晒').text).toBe('明白晒');
  });

  it.each([
    ['im so sory for teh mix up', 'i am so sorry for the mix up'],
    ['i definately understand how fustrating this is', 'i definitely understand how frustrating this is'],
    ['its company polcy', 'its company policy'],
    ["your not the only one", 'you are not the only one'],
    ["it's on you're confirmation email", 'it is on your confirmation email'],
    ['no wonder ur fed up', 'no wonder you are fed up'],
    ['ur order is late', 'your order is late'],
  ])('English slip: %s', (reply, folded) => {
    expect(normalize(reply).text).toBe(folded);
  });

  it('reads a move through the slip', () => {
    expect(classifyReply('抱欠抱欠,給您到歉').acts).toContain('apologize');
    expect(classifyReply('Appologies for the wait').acts).toContain('apologize');
  });
});
