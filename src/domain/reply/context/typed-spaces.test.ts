// A space typed between Chinese characters separates clauses in a chat run-on, without splitting a listed
// phrase or a code-switched word.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { normalize } from '../text/normalize.ts';
import { typedSpaces } from './typed-spaces.ts';

const acts = (text: string) => classifyReply(text).acts;

describe('typed spaces between Chinese characters', () => {
  it('marks where a space stood between two Chinese characters, not around English words or digits', () => {
    const f = normalize('我哋冇講清楚 我同你講聲對唔住');
    expect([...typedSpaces(f)].map((i) => f.text.slice(i, i + 2))).toEqual(['我同']);
    expect([...typedSpaces(normalize('你 confirm 下係咪 3 號'))]).toEqual([]);
  });

  it('ends the clause before, so a reported-speech or negation cue stops there (Cantonese, Taiwan, mainland)', () => {
    expect(acts('係我哋冇同你講清楚 我再同你講聲對唔住')).toContain('apologize');
    expect(acts('您問是不是店裡的錯 我現在還不能下定論 但我一定會查清楚 明天下午前答覆您')).toContain('commit_followup');
    expect(acts('您说是不是我们的责任 我暂时说不准 我会查清楚 今晚八点前回复您')).toContain('commit_followup');
  });

  it('still reads a question whose tag comes before a typed space, and a listed phrase typed with spaces', () => {
    expect(acts('那份餐您有吃過嗎 還是只有打開看')).toContain('ask_closed');
    expect(classifyReply('公司的 規定 就是這樣').forbidden.map((f) => f.id)).toEqual(['ten-forbidden/08']);
  });
});
