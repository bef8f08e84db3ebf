// Cases in zh-Hant, zh-Hans and en for the rule in commit-followup.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('commit_followup', () => {
  // A call at a time to explain is the report back; explaining now (跟您說明一下) is not (scen15f, scen15g).
  it('finds it in 下晝五點前打電話同你交代。', () => expectFound('commit_followup', '我聽日查清楚，下晝五點前打電話同你交代。', '同你交代'));
  it('does not fire on 跟您說明一下，陳醫師三點被叫去急診。', () => expectNotFound('commit_followup', '跟您說明一下，陳醫師三點被叫去急診。'));
  it("finds it in 明天中午前我親自回電給您。", () => expectFound('commit_followup', "明天中午前我親自回電給您。", "回電"));
  it("finds it in 后天上午我会打电话回访。", () => expectFound('commit_followup', "后天上午我会打电话回访。", "回访"));
  it("finds it in I'll call you back by 5 pm today.", () => expectFound('commit_followup', "I'll call you back by 5 pm today.", "call you"));
  it("does not fire on 改天再聯繫您。", () => expectNotFound('commit_followup', "改天再聯繫您。"));
  it("does not fire on We'll get back to you sometime.", () => expectNotFound('commit_followup', "We'll get back to you sometime."));
  it('does not fire on a restated broken promise: So, to confirm: you were promised a call back that afternoon; have I got that right?', () =>
    expectNotFound('commit_followup', 'So, to confirm: you called on Monday; you were promised a call back that afternoon — have I got that right?'));
  it('does not fire on 我確認一下:上星期一打嚟;同事話當日下晝回電但冇覆,係咪咁?', () => expectNotFound('commit_followup', '我確認一下:上星期一打嚟;同事話當日下晝回電但冇覆,係咪咁?'));
  it('finds it in Cantonese with a Cantonese time: OK,我半個鐘後打返俾你', () => expectFound('commit_followup', 'OK,我半個鐘後打返俾你'));
  it('finds it in 月底前我會再跟您確認帳單是否正常', () => expectFound('commit_followup', '月底前我會再跟您確認帳單是否正常', '跟您確認'));
  it('finds it in 退款入數之後,我三日後再同你confirm一次', () => expectFound('commit_followup', '退款入數之後,我三日後再同你confirm一次'));
  it("finds it in Give me until 3 o'clock and I'll call you with an answer either way.", () => expectFound('commit_followup', "Give me until 3 o'clock and I'll call you with an answer either way."));
  it('does not fire on the customer calling again: 你聽日再打嚟問下啦', () => expectNotFound('commit_followup', '你聽日再打嚟問下啦'));
  it('does not fire on a call already made: 我今天下午已經打過電話給你了', () => expectNotFound('commit_followup', '我今天下午已經打過電話給你了'));
  it('does not fire on a colleague\'s promise retold: 佢哋話聽日會打俾你,係咪?', () => expectNotFound('commit_followup', '佢哋話聽日會打俾你,係咪?'));
  // 改天 is the listed vague phrase (docs/training-model.md#ten-forbidden) even when another time word (今日, 今天) sits in the sentence.
  it('does not fire on 改天 with another day named: 我哋 manager 今日 off,改天再 call 返你啦', () => expectNotFound('commit_followup', '我哋 manager 今日 off,改天再 call 返你啦'));
  it('does not fire on 这个改天再联系你,今天先这样。', () => expectNotFound('commit_followup', '这个改天再联系你,今天先这样。'));
  // 第一時間 ("as soon as") and "when there is news" name no time.
  it('does not fire on 有结果第一时间通知您', () => expectNotFound('commit_followup', '您稍等一下,我帮您跟进一下,有结果第一时间通知您。'));
  it('finds it after the wait the trainee asks for: 再給我十分鐘,我查清楚馬上回電給您', () => expectFound('commit_followup', '在給我十分鐘,我查清楚馬上回電給您'));
  it("finds it in I'll confirm by email within the hour.", () => expectFound('commit_followup', "I'm submitting it now and I'll confirm by email within the hour."));
  // Her point restated, then the trainee's own timed plan put to her for consent (好唔好？): the plan is the trainee's.
  it('finds it in a restatement followed by the trainee\'s plan and 好唔好？', () =>
    expectFound('commit_followup', '你講到要多住一晚酒店，呢項我無權即時批，我今日下晝會交主管審批，明日中午十二點前打返畀你話結果，好唔好？', '打返畀你'));
  it('does not fire on a restatement of what a colleague promised, closed by a consent tag', () =>
    expectNotFound('commit_followup', '你講佢話明日十點前會打返畀你，好唔好？'));
  it('does not fire on a restatement closed by a bare question mark', () => expectNotFound('commit_followup', '你是說，我哋明日十點前會打返畀你？'));
  // scen15s (blind t19-13, t19-36): the time is when the thing she waits for happens (the driver sets off, the repair is
  // done), or the arrangement is brought to her door by a time; with no time it is still no follow-up.
  it('finds it when the driver sets off: 司机出发后我在这里把他的电话发给您', () => expectFound('commit_followup', '司机出发后我在这里把他的电话发给您。', '发给您'));
  it('finds it in Cantonese: 師傅一出車，我即刻WhatsApp你佢嘅電話', () => expectFound('commit_followup', '師傅一出車，我即刻WhatsApp你佢嘅電話。'));
  it('finds it in 修好之後我再打電話給您確認', () => expectFound('commit_followup', '修好之後我再打電話給您確認。'));
  it("finds it in I'll send you the driver's number here once he sets off", () => expectFound('commit_followup', "I'll send you the driver's number here once he sets off.", "send you the driver's number"));
  it("finds it in I'll write it down and bring it up to your flat tomorrow by 6 pm", () =>
    expectFound('commit_followup', "I'll write the storeroom key arrangement down and bring it up to your flat tomorrow by 6 pm.", 'bring it up to your flat'));
  it("does not fire on the number sent with no time: I'll send you the driver's number.", () => expectNotFound('commit_followup', "I'll send you the driver's number."));
  // scen15u (blind t21-15): the same moment said with 了 and no 后 — when it happens, I will.
  it('finds it when the driver has set off, said with 了: 司机出发了我第一时间把他电话发给您', () => expectFound('commit_followup', '司机出发了我第一时间把他电话发给您', '发给您'));
  it('finds it in Cantonese: 師傅修好咗我即刻打俾你', () => expectFound('commit_followup', '師傅修好咗我即刻打俾你確認。'));
  it("finds it in English the same way: the moment he's on his way I'll send you his number", () => expectFound('commit_followup', "The moment he's on his way I'll send you his number."));
  it('does not fire on a report that he already set off: 司机已经出发了我跟您说一下路线', () => expectNotFound('commit_followup', '司机已经出发了我跟您说一下路线。'));
  it('does not fire on 司机还没出发 (not yet set off) beside a plain report', () => expectNotFound('commit_followup', '司机还没出发，我先跟您说一下情况。'));
  it("does not fire on raising it with a manager: I'll bring it up with my manager tomorrow", () => expectNotFound('commit_followup', "I'll bring it up with my manager tomorrow."));
  it("finds it in I'll come back over at ten to five to tell you where things stand (scen15s)", () =>
    expectFound('commit_followup', "I'll come back over at ten to five to tell you where things stand either way.", 'tell you'));
  // scen15v (blind t22-18): the one bringing the remedy calling her a set time ahead answers "when does the driver
  // contact me?" — a follow-up timed by his arrival; a question or what nobody did is not one.
  it("finds it in He'll call you 5 mins before.", () => expectFound('commit_followup', "Driver's leaving now, aiming to be at your door by 4:30. He'll call you 5 mins before.", 'call you'));
  it('finds it in 司機會提早五分鐘打俾你。', () => expectFound('commit_followup', '司機會提早五分鐘打俾你。'));
  it('finds it in 司机出发前会提前半小时联系您。', () => expectFound('commit_followup', '司机出发前会提前半小时联系您。'));
  it("does not fire on He didn't call me before, nobody did.", () => expectNotFound('commit_followup', "He didn't call me before, nobody did."));
  it('does not fire on 司机到楼下会打电话给您吗？', () => expectNotFound('commit_followup', '司机到楼下会打电话给您吗？'));
  it('does not fire on 上次司機提早五分鐘都冇打俾我。', () => expectNotFound('commit_followup', '上次司機提早五分鐘都冇打俾我。'));
});
