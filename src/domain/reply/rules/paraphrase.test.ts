// Cases in zh-Hant, zh-Hans and en for the rule in paraphrase.ts; negatives are the look-alikes it must not fire on.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import situation from '../data/lexicon/cues/situation.json' with { type: 'json' };
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('paraphrase', () => {
  it("finds it in 如果我沒理解錯,您是說師傅兩次都沒來?", () => expectFound('paraphrase', "如果我沒理解錯,您是說師傅兩次都沒來?", "如果我沒理解錯"));
  it("finds it in 也就是说,您已经报修两次了,对吗?", () => expectFound('paraphrase', "也就是说,您已经报修两次了,对吗?", "也就是说"));
  it("finds it in Just to confirm, the lift has been out since Monday?", () => expectFound('paraphrase', "Just to confirm, the lift has been out since Monday?", "Just to confirm"));
  it("does not fire on 你說什麼?", () => expectNotFound('paraphrase', "你說什麼?"));
  it("does not fire on What did you say?", () => expectNotFound('paraphrase', "What did you say?"));
  // 其他 (other) is nobody speaking: asking for more retells nothing, so keyword salad earns no listening (blind t8-10).
  it('does not fire on 抱歉抱歉，我理解。仲有冇其他嘢想講？', () => expectNotFound('paraphrase', '抱歉抱歉，我理解。仲有冇其他嘢想講？'));
  it('finds it in 佢哋話要等三日，係咪？', () => expectFound('paraphrase', '佢哋話要等三日，係咪？', '佢哋話要等三日，係咪？'));
  it("finds it in The guy at the front desk just told you 'that's company policy'?", () => expectFound('paraphrase', "The guy at the front desk just told you 'that's company policy'?"));
  it('does not fire on Has anyone told you when the engineer will come?', () => expectNotFound('paraphrase', 'Has anyone told you when the engineer will come?'));
  it('finds it in 所以管理處話係工程部嘅事,工程部又話要搵返管理處,係咪咁?', () => expectFound('paraphrase', '所以管理處話係工程部嘅事,工程部又話要搵返管理處,係咪咁?'));
  // scen15s (probe p15s-05): "would that be all right?" asks her consent to a plan; it confirms no restatement.
  it('does not fire on a plan closed by would that be all right?', () =>
    expectNotFound('paraphrase', "Dr Chen is expected back in about ten minutes, and you'll be the first patient she sees — would that be all right?"));
  it('does not fire on a plan closed by 這樣可以嗎？', () => expectNotFound('paraphrase', '陳醫師應該會在十分鐘內回來，一回來我就請她第一個幫您看，這樣可以嗎？'));
  it('does not fire on a plan closed by 行吗？', () => expectNotFound('paraphrase', '陈医生估计再过十来分钟就回来，她一回来我就安排您第一个进去，行吗？'));
  it('still finds a restatement closed by is that right?', () => expectFound('paraphrase', "So you booked at half past two, and two people who came later went in first, is that right?"));
});

// A restatement without a marker (cues/situation.json): the customer's situation retold with how long or how
// often and what did or did not happen, inside or after empathy, in every variety.
describe('paraphrase: the situation retold without a marker', () => {
  const found: [string, string][] = [
    ['陳太我明白你好唔開心,排咗兩個鐘都未輪到你', '排咗兩個鐘都未'],
    ['打咗四次電話都冇人聽,換邊個都會嬲', '打咗四次電話都冇'],
    ['您在櫃檯前面站了半個小時,我懂那種感覺', '站了半個小時'],
    ['冷氣從上禮拜壞到現在,真的辛苦您了', '從上禮拜壞到現在'],
    ['本來講好今日送貨點知冇人嚟,真係好抱歉', '講好今日送貨點知冇人'],
    ['洗衣机才用了两个月就漏水,换谁都心烦', '用了两个月就漏'],
    ['您订了四杯奶茶结果只送来三杯', '订了四杯奶茶结果只送来三'],
    ['施工的噪音吵得您一个礼拜没睡好', '吵得您一个礼拜没'],
    ["You've been on hold for forty minutes, I'd be livid too.", 'been on hold for forty minutes'],
    ['two cancelled deliveries in one week, no wonder you are fed up', 'two cancelled deliveries'],
    ['you paid for express shipping and the parcel still has not arrived', 'you paid for express shipping and the parcel still has not'],
  ];
  for (const [text, words] of found) it(`finds it in ${text}`, () => expectFound('paraphrase', text, words));

  const notFound = [
    '我明白你好嬲,換著係我都會',
    '你等咗幾耐呀?',
    '不好意思要你等咗成個鐘',
    '邊有可能等咗一個鐘,閉路電視影住㗎',
    '如果你等了兩個鐘都沒人理,可以打這個電話',
    '才等了十分鐘就要投訴?',
    'How long have you been waiting?',
    'Sorry to keep you waiting for twenty minutes.',
    'There is no way you waited two hours, the system shows otherwise.',
    'I understand how frustrating this is.',
    '從您報修到現在,中間發生了哪些事?',
    'since you first rang us, what has happened?',
  ];
  for (const text of notFound) it(`does not fire on ${text}`, () => expectNotFound('paraphrase', text));

  it("leaves the cue's own counterexamples unread", () => {
    for (const entry of situation.entries) {
      for (const text of entry.counterexamples ?? []) expect(classifyReply(text).acts, `${entry.id}: ${text}`).not.toContain('paraphrase');
    }
  });

  // Content, not an opener: a promise later in the same run-on is still the trainee's own.
  it('keeps the promise after it: 我明白你等咗成個禮拜都冇人理 我今日下晝三點前一定打返俾你', () => {
    expect(classifyReply('我明白你等咗成個禮拜都冇人理 我今日下晝三點前一定打返俾你').acts).toEqual(expect.arrayContaining(['paraphrase', 'commit_followup']));
  });
  // lex12: confirming with someone else is not restating the customer's words; confirming with the customer still is.
  it('does not read 跟主管確認一下 as a restatement', () => expectNotFound('paraphrase', '我先跟主管确认一下 明天上午给您回电'));
  it('still reads 我跟您確認一下 as one', () => expectFound('paraphrase', '我跟您確認一下:您是上週五買的,對嗎?'));
  it('still reads 我先确认一下 after thanks for telling me so much', () =>
    expectFound('paraphrase', '张先生谢谢您耐心跟我说这么多我先确认一下您是三号在我们门店买的空调对吧'));
  // scen15n (blind t14-39): the 么 of 怎么 is no question particle; her plight restated ends in 对吗, not a taunt.
  it('reads 我理解一下：…您不知道怎么办，对吗？ as a restatement, not a rhetorical question', () =>
    expectFound('paraphrase', '我理解一下：东西放了很多年，现在只给三天，家里又放不下，您不知道怎么办，对吗？'));
  it('still hears 你不知道…什么吗？ as no restatement', () => expectNotFound('paraphrase', '你不知道告示写什么吗？门口写得清清楚楚。'));
  // lex22: the customer's story told in the clause beside the feeling named.
  it('reads the story told beside empathy as a restatement, in either order', () => {
    expectFound('paraphrase', '明白你好嬲,架車換完煞車皮攞返去仲響');
    expectFound('paraphrase', "I understand you're angry, the bill shouldn't have doubled like that");
    expectFound('paraphrase', '楼上漏水把您家天花板泡了,我特别理解您有多闹心');
  });
  it('does not read a request, a turn or the trainee’s own step beside empathy as a restatement', () => {
    expectNotFound('paraphrase', '我理解您的心情,请您稍等一下');
    expectNotFound('paraphrase', 'I understand how you feel, but the policy is clear');
    expectNotFound('paraphrase', 'I totally understand your frustration, let me check the order now');
    expectNotFound('paraphrase', '我明白你嘅感受,你先冷靜啲先');
  });
});
