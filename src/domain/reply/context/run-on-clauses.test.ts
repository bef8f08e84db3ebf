// Chinese replies typed without punctuation: a retelling, the trainee's plan and a get-back share one line.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { normalize } from '../text/normalize.ts';
import { runOnClauses } from './run-on-clauses.ts';

const startsOf = (reply: string): string[] => {
  const text = normalize(reply).text;
  return [...runOnClauses(text)].map((at) => text.slice(at, at + 2));
};

describe('a Chinese run-on: clauses found by structure', () => {
  it('reads the plan after a retelling as the trainee’s own, not the customer’s story', () => {
    const acts = classifyReply('你話部冷氣唔凍我明白我哋今日派師傅上嚟同埋聽日朝早十點前覆你').acts;
    expect(acts).toEqual(expect.arrayContaining(['paraphrase', 'propose_solution', 'commit_followup']));
    expect(classifyReply('您说的空调漏水我明白了然后我这边马上安排师傅上门所以今天六点前给您回个电话').acts).toEqual(
      expect.arrayContaining(['propose_solution', 'commit_followup']),
    );
  });

  it('reads the apology after 聽你講… as the trainee’s', () => {
    expect(classifyReply('李小姐你好健身中心會籍部阿欣聽你講會費扣多咗兩個月真係唔好意思我而家即刻幫你查返張單').acts).toEqual(
      expect.arrayContaining(['paraphrase', 'apologize', 'propose_solution']),
    );
  });

  it('keeps the fault owned after a retelling: …送錯色係我哋跟得唔好', () => {
    expect(classifyReply('唔該晒你打嚟講張梳化送錯色係我哋跟得唔好我今晚六點前覆你').acts).toEqual(expect.arrayContaining(['paraphrase', 'take_ownership', 'commit_followup']));
  });

  it('still reads a promise someone else broke as retold, whatever connective joins it', () => {
    const acts = classifyReply('你話上次師傅講會上門然後結果冇人嚟').acts;
    expect(acts).not.toContain('propose_solution');
    expect(acts).not.toContain('commit_followup');
    expect(classifyReply('上次同事話今晚覆你然後都冇人覆你真係對唔住').acts).not.toContain('commit_followup');
  });

  it('breaks at connectives and at 我 starting a plan, not at 我 as an object or after 不是', () => {
    expect(startsOf('要你等咗成個鐘我而家即刻幫你查跟住今晚打返俾你')).toEqual(['我现', '跟住']);
    expect(startsOf('要你等咗成個鐘然後我而家即刻幫你查')).toEqual(['然后']);
    expect(startsOf('呢件事係你同我講嘅')).toEqual([]);
    expect(startsOf('这个问题不是我们的错')).toEqual([]);
    expect(startsOf('然后呢')).toEqual([]);
  });
});
