// Cases in zh-Hant, zh-Hans and en for the rule in ask-preference.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('ask_preference', () => {
  it("finds it in 您希望我們怎麼處理?", () => expectFound('ask_preference', "您希望我們怎麼處理?", "希望我們怎麼處理"));
  it("finds it in 换新还是退款,您更倾向哪一种?", () => expectFound('ask_preference', "换新还是退款,您更倾向哪一种?", "倾向哪"));
  it("finds it in How would you like us to resolve this?", () => expectFound('ask_preference', "How would you like us to resolve this?", "How would you like"));
  it("does not fire on 您希望幾點出門?", () => expectNotFound('ask_preference', "您希望幾點出門?"));
  it("does not fire on How is the leak now?", () => expectNotFound('ask_preference', "How is the leak now?"));
  // A consent tag asked on its own after what the trainee will do asks her view of it.
  it('finds it in a bare "OK?" after a timed follow-up', () =>
    expectFound('ask_preference', "I'll message you here at 4:15 with the driver's position. OK?", 'OK?'));
  it('finds it in 得唔得？ after a timed follow-up', () =>
    expectFound('ask_preference', '司機出發我就喺度話你知，四點二十我再update你位置。得唔得？', '得唔得'));
  it('finds it in 行吗，杨太太？ after a remedy', () => expectFound('ask_preference', '运费全额退回，再送您一张一百元代金券。行吗，杨太太？', '行吗'));
  it('does not fire on a consent tag after being told to wait', () => expectNotFound('ask_preference', 'Please hold. OK?'));
  it('does not fire on 得唔得？ after no remedy', () => expectNotFound('ask_preference', '你等下先。得唔得？'));
  it('does not fire on "OK" that opens a new question', () => expectNotFound('ask_preference', "I'll refund the delivery fee. OK, can you hold the line for a while?"));
  // scen15n (blind t14-22): when she would like it, asked right after the offer, is her choice of its time.
  it('finds 你想幾點出發？ right after an offer', () =>
    expectFound('ask_preference', '聽朝我哋會派兩位同事帶爬樓機上17樓C室，陪伯伯落樓，並幫佢預約的士去醫院。你想幾點出發？'));
  it('finds "What time would you like to leave?" right after an offer', () =>
    expectFound('ask_preference', "I'll send two colleagues up with the stair-climber tomorrow morning. What time would you like to leave?"));
  it('does not fire on 您希望幾點出門? with nothing offered before it', () => expectNotFound('ask_preference', '您希望幾點出門?'));
  it('does not fire on a question when something happened, after an offer', () =>
    expectNotFound('ask_preference', '我今日下晝兩點前派工程師嚟。你幾點發現部𨋢停咗？'));
  // scen15t (blind t20-37): thinking it over for her (幫你諗下點安排) asks nothing of her.
  it('does not fire on 我想幫你諗下點安排最方便。', () => expectNotFound('ask_preference', '我想幫你諗下點安排最方便。'));
  it('does not fire on 我想帮您想想怎么安排最方便。', () => expectNotFound('ask_preference', '我想帮您想想怎么安排最方便。'));
  it("does not fire on I want to work out what's most practical for you.", () => expectNotFound('ask_preference', "I want to work out what's most practical for you."));
  it('still finds 您想想怎么处理比较好？', () => expectFound('ask_preference', '您想想怎么处理比较好？'));
  it('still finds 咁你覺得點安排會好啲？', () => expectFound('ask_preference', '咁你覺得點安排會好啲？'));
});

// scen15bb (blind t27-01): once the remedy is laid out, asking whether she would like it done another way gives her the say.
describe('ask_preference: anything done differently (scen15bb)', () => {
  it('finds it in Would you like anything done differently?', () => expectFound('ask_preference', 'That is the plan. Would you like anything done differently?'));
  it('finds it in 想唔想換個做法？', () => expectFound('ask_preference', '全數退款同賠改簽費，想唔想換個做法？'));
  it('finds it in 您希望有其他安排吗？', () => expectFound('ask_preference', '退款和改签费都会处理，您希望有其他安排吗？'));
  it('does not fire on Nothing will be done differently.', () => expectNotFound('ask_preference', "Nothing will be done differently, I'm afraid."));
  it('does not fire on 我们没有其他安排。', () => expectNotFound('ask_preference', '我们没有其他安排。'));
});
