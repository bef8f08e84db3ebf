// lex29 (issue 12): the slips folded in lex29, each beside its correct spelling. A slip reads exactly as the word meant,
// so folding neither hides a listed phrase nor makes one: the slip and its correct twin get the same forbidden flags.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { normalize } from './normalize.ts';
import { itReadsSlipsAsMeant } from '../test-support/slips.ts';

const pairs: [slip: string, meant: string][] = [
  ['呢單嘢我都唔係好青楚', '呢單嘢我都唔係好清楚'],
  ['这事我不太清除,你等通知吧', '这事我不太清楚,你等通知吧'],
  ['我保正下次唔會再遲', '我保證下次唔會再遲'],
  ['你去問其他同是啦', '你去問其他同事啦'],
  ['sorry, not our departmnet', 'sorry, not our department'],
  ['we can exhange it for you today', 'we can exchange it for you today'],
];

describe('lex29 slips read as the word meant', () => {
  itReadsSlipsAsMeant(pairs);

  it('keeps the real words the slips look like', () => {
    expect(normalize('我哋今晚會清除晒啲垃圾').text).toContain('清除');
    expect(normalize('佢哋同是新同事').text).toContain('同是');
  });

  it('reads the move the slip hid', () => {
    expect(classifyReply('我不太青楚,你改天再打来问吧').acts).toContain('vague');
    expect(classifyReply('我保正冇下次,你放心').acts).toContain('overpromise');
  });
});
