// lex35 (issue 12; the seven forbidden misses blind38's two labellers agree on, each generalised by structure, with
// blind12 p144, blind22 s079 and the unlabelled twins in blind4, blind17, blind22, blind24, blind25, blind28 read the same
// way): a bare 唔知喎 / 'dunno' / 'no idea' before a send-off (我不知道); the policy 'like that' with the copula dropped,
// and 規定係咁 followed by 但 with no granted 沒錯 (公司的規定就是這樣); 'you must be mixed up / mistaken' (你肯定弄混了,
// 你弄錯了); 這種問題小孩子都會 without 連, and 'a kid could figure this out' without 'even'; 快一點 (快點). Own wordings;
// each beside the near-misses that must stay clean: 你唔知喎 (her not knowing), 'no idea how stressful', a policy
// 'like that' as an object, a granted 是這樣沒錯, 'you must be so frustrated', a child meeting the same fault, 快一點的話.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const ids = (t: string) => classifyReply(t).forbidden.map((h) => h.id);
const acts = (t: string) => classifyReply(t).acts;
const LEX35 = ['service-mistakes/01', 'ten-forbidden/08', 'angry-customer/02', 'angry-customer/04', 'ten-forbidden/01', 'service-mistakes/10'];

describe('lex35: listed phrases in new wordings', () => {
  it.each([
    ['唔知啦，你自己打去問總公司', 'service-mistakes/01'],
    ['不知道嘛，你问问别的同事', 'service-mistakes/01'],
    ['Dunno, you will have to ask the store.', 'service-mistakes/01'],
    ['No idea, try the front desk.', 'service-mistakes/01'],
    ['規矩係咁㗎喇，但係我可以幫你同經理申請', 'ten-forbidden/08'],
    ['公司的规定是这样，但我马上帮您申请特批', 'ten-forbidden/08'],
    ['Sorry, store policy like that lah.', 'ten-forbidden/08'],
    ['Our rules like this one, cannot.', 'ten-forbidden/08'],
    ['You might be mixed up with another branch.', 'angry-customer/02'],
    ["You're all mixed up, that was last year's offer.", 'angry-customer/02'],
    ['You must be mistaken, we close at six.', 'angry-customer/04'],
    ['呢種問題細路仔都識㗎啦', 'ten-forbidden/01'],
    ['这类问题我家小孩都会弄', 'ten-forbidden/01'],
    ['這種事情小朋友也懂吧', 'ten-forbidden/01'],
    ['三歲細路都識用啦', 'ten-forbidden/01'],
    ['A kid could do this in two minutes.', 'ten-forbidden/01'],
    ['Any child could follow these steps.', 'ten-forbidden/01'],
    ['你快一点啦', 'service-mistakes/10'],
    ['講快一點，後面仲有人', 'service-mistakes/10'],
    ['阿姨，快啲講啦', 'service-mistakes/10'],
    ['小姐快点，我们五点下班', 'service-mistakes/10'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    '你唔知喎，呢個係新政策，我同你講解下',
    'I have no idea how stressful this has been for you.',
    "We had no idea you'd called, I'm sorry.",
    '規定是這樣沒錯，不過我幫您問問主管',
    'We would never have a policy like that.',
    'A rule like that would be unfair, I agree.',
    'You must be so frustrated by all this.',
    "If you were mixed up by our letter, that's on us.",
    '这种问题小朋友也会遇到，别担心',
    '這種玩具小朋友都會喜歡',
    "A child can use this safely, it's certified.",
    '快一點的話可以寄順豐',
    '我會快一點幫你處理',
    '小姐快啲嘅方法係網上申請',
  ])('leaves %s alone', (text) => {
    expect(ids(text).filter((id) => LEX35.includes(id))).toEqual([]);
  });

  it('a plan after 但 keeps the flag but not the policy citation (as 我不知道, 但我幫您查 does)', () => {
    expect(ids('公司規定係咁，但我可以即刻幫你申請')).toContain('ten-forbidden/08');
    expect(acts('公司規定係咁，但我可以即刻幫你申請')).not.toContain('cite_policy');
  });
});
