// lex36 (issue 12; the five forbidden misses blind39's two labellers agree on, and its one agreed false flag, each
// generalised by structure): 再 typed as its homophone 在 before 叫/嗌 (你不要在叫); 快點 asked as a can-you closing the
// clause (能不能快點, 'can you hurry') and 你講 + 重點/快啲, an order, no longer read as her words being retold; a team
// named before 的事 (不是我們客服的事, "not our team's job"); chat's 'shud hv' for 'should have' (text/fold-typos-en.ts);
// and the denial under 'I can't say' (我不敢講冇可能) — the trainee declining to deny, not denying. Own wordings, each
// beside the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const ids = (t: string) => classifyReply(t).forbidden.map((h) => h.id);
const acts = (t: string) => classifyReply(t).acts;
const LEX36 = ['angry-customer/07', 'service-mistakes/10', 'ten-forbidden/04', 'angry-customer/03', 'angry-customer/05'];

describe('lex36: listed phrases in new wordings', () => {
  it.each([
    ['你別在叫了，其他人都在看', 'angry-customer/07'],
    ['你不要在大聲嗌啦', 'angry-customer/07'],
    ['你不要在叫了好吗', 'angry-customer/07'],
    ['Stop all the shouting, please.', 'angry-customer/07'],
    ['Cut out the yelling and I will help.', 'angry-customer/07'],
    ['你可唔可以快啲呀', 'service-mistakes/10'],
    ['到底要怎样 能不能快一点', 'service-mistakes/10'],
    ['你講快啲得唔得，我好忙', 'service-mistakes/10'],
    ['你说快点吧', 'service-mistakes/10'],
    ['Can you hurry, there are people waiting.', 'service-mistakes/10'],
    ['could u just be quick pls', 'service-mistakes/10'],
    ['呢啲唔係我哋售後嘅事', 'ten-forbidden/04'],
    ['这个不是我们客服的事，你找物流', 'ten-forbidden/04'],
    ["Sorry, that's not our team's job.", 'ten-forbidden/04'],
    ['you shud hv checked the box', 'angry-customer/03'],
    ['u shuld hv told us earlier', 'angry-customer/03'],
    ['you shoulda called first', 'angry-customer/03'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    '不要在意，我马上帮你处理',
    '你不要在門口叫車，我幫你叫',
    '我可以快一点帮您处理',
    '我哋能唔能夠快啲？我幫你申請加急',
    '你講慢啲，我記低晒',
    '您说快递还没到?我帮您查',
    "I can hurry the courier for you.",
    'We could speed this up with an express form.',
    '這是我們客服的責任，我來跟進',
    "It's our team's job to fix this, and we will.",
    'You should have received an email from us.',
    'shld see it in 3-5 working days',
    "I can't say it's impossible — let me check with you.",
    '我唔敢講冇可能，等我幫你查下',
    '我没法说这是不可能的，我们一起查查',
  ])('leaves %s alone', (text) => {
    expect(ids(text).filter((id) => LEX36.includes(id))).toEqual([]);
  });

  it('declining to deny is no argument', () => {
    expect(acts("I can't say that's impossible, let me look into it")).not.toContain('argue');
    expect(acts('我不敢講呢個冇可能，我幫你查')).not.toContain('argue');
    expect(acts("That's impossible.")).toContain('argue');
  });
});
