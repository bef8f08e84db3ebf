// lex32 (issue 12; blind33's forbidden misses and blind30's u232, the items both labellers flag): listed phrases in new
// wordings — Cantonese 咪/唔使咁 before the feeling for 你別激動, "don't get shirty" for "don't get worked up", 不是我們的事
// as a clause of its own and "go to the department / manufacturer … not our problem" for 你要去**部，這不是我們的事, and
// a listed wording the trainee quotes as what they will not say. Own wordings; each beside the near-misses that must
// stay clean (an exoneration, a concession, a question, a measure word 部, a quoted refusal to say it).
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const ids = (t: string) => classifyReply(t).forbidden.map((h) => h.id);

describe('lex32: listed phrases in new wordings', () => {
  it.each([
    ['你咪咁激動啦，聽我講', 'angry-customer/06'],
    ['咪再發火啦，冇用㗎', 'angry-customer/06'],
    ['唔使咁激動，我哋跟緊', 'angry-customer/06'],
    ['您不用这么生气，我们会处理', 'angry-customer/06'],
    ["There's no need to get so het up, sir.", 'angry-customer/06'],
    ["Don't get shirty with me, love.", 'angry-customer/06'],
    ['這個要問工程部，不是我們的事啦。', 'ten-forbidden/04'],
    ['那是厂家的责任，真的不是我们的事。', 'ten-forbidden/04'],
    ['你搵原廠啦，唔係我哋嘅問題。', 'ten-forbidden/04'],
    ['不是我们的问题，您去找物流部吧。', 'ten-forbidden/04'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    '就算唔係我哋嘅問題，我都會幫你跟到底。',
    '不管是不是我们的问题，我今天都给您处理好。',
    '就算不是我們的事，我也會幫您問工程部。',
    '這不是您的錯，是我們沒做好。',
    '这不是我们的问题吗？我马上找技术部同事一起看。',
    '我哋部機唔會計錯數㗎喎，應該唔係我哋問題。',
    '我唔會叫你唔使咁激動，你有權咁嬲。',
    '我不會跟您說「這不是我們的事」，我現在就幫您處理。',
    '我不會跟您說「這不可能」，我們馬上調紀錄來看。',
    '唔使咁擔心，我哋一定搞掂。',
    "I won't tell you \"calm down\" - you have every right to be upset.",
  ])('stays clean: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('still flags a quoted phrase the trainee says, and one said after quoting someone else', () => {
    expect(ids('我說「這不可能」！你自己搞錯了。')).toContain('angry-customer/05');
    expect(ids('你咪咁激動先啦，呢個唔係我哋嘅事。')).toEqual(['angry-customer/06', 'ten-forbidden/04']);
  });
});
