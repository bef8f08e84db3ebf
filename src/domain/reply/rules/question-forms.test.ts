// Question forms as trainees type them under pressure (issue 12): no question mark, inside a run-on, in
// Cantonese, Taiwan and mainland Mandarin and English — and the look-alikes that ask the customer nothing.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { expectFound, expectNotFound } from './rule-test-support.ts';

const acts = (text: string) => classifyReply(text).acts;

describe('closed questions without a question mark', () => {
  it.each([
    ['Cantonese A-not-A 喺唔喺', '你張單仲喺唔喺度呀'],
    ['Cantonese 記唔記得', '你記唔記得送貨嗰日係幾點左右'],
    ['Taiwan 記不記得', '您還記不記得是哪一天送來的'],
    ['mainland 满不满意', '这个方案您满不满意'],
    ['Cantonese want-verb either/or 定係', '你想我哋上門收定係你自己寄返嚟'],
    ['Taiwan want-verb either/or 還是', '您是想要我們到府收件還是您自己寄回'],
    ['mainland want-verb either/or 还是', '您想要退款还是换一个新的'],
    ['a run-on tag: "you paid by card right"', 'you paid by card right'],
    ['asking leave to confirm: "can i just confirm you ordered…"', 'sorry for the wait can i just confirm you ordered the blue one'],
    ['an offer then "would that work for you"', 'i can send a technician tomorrow morning would that work for you'],
  ])('%s', (_kind, text) => expect(acts(text)).toContain('ask_closed'));

  it.each([
    ['Cantonese 跟你確認 with 係咪', '唔好意思我想確認下你係咪上個禮拜三買嘅'],
    ['Taiwan 跟您確認…是不是', '不好意思跟您確認一下您是不是上週五訂的'],
    ['mainland 跟您确认…是不是', '亲我跟您确认一下您是不是上周买的'],
    ['Cantonese 你confirm下係咪 (the customer asked to check)', '你 confirm 下係咪上星期二寄出'],
    ['Taiwan 您確認一下是不是', '您確認一下是不是上週五訂的'],
    ['mainland 您确认一下是不是', '您确认一下是不是上周五买的'],
  ])('confirming with the customer asks them: %s', (_kind, text) => expect(acts(text)).toContain('ask_closed'));

  it.each([
    ['Cantonese', '你好我係客戶服務部阿明有咩可以幫到你 你話部雪櫃唔凍 係咪完全冇冷氣出'],
    ['Taiwan', '您好這裡是客服中心我是小林請問有什麼可以幫您 您說冷氣不冷 是不是完全沒有風'],
    ['mainland', '您好这里是售后我是小王请问有什么可以帮您 您说冰箱不制冷 是不是完全不工作了'],
  ])('a greeting offering help, then a yes/no question after a typed space (%s)', (_lang, text) => expect(acts(text)).toEqual(expect.arrayContaining(['greet', 'ask_closed'])));

  it('points the question at the words after the offer of help, so it is not read as part of the greeting', () => {
    const text = '你好我係客戶服務部阿明有咩可以幫到你 你話部雪櫃唔凍 係咪完全冇冷氣出';
    const asked = classifyReply(text).evidence.find((e) => e.move === 'ask_closed');
    expect(asked && text.slice(asked.start, asked.end)).toBe('你話部雪櫃唔凍 係咪完全冇冷氣出');
  });

  it('a greeting offering help alone asks nothing yet', () => expect(acts('您好这里是售后我是小王请问有什么可以帮您')).not.toContain('ask_closed'));

  it.each([
    ['the trainee will check (查下…喺唔喺)', '我查下你張單仲喺唔喺系統度先'],
    ['the trainee will check (確認一下…有沒有)', '我會去確認一下倉庫還有沒有貨'],
    ['the trainee will check (查一下…有没有)', '我去查一下您的订单有没有发出'],
    ['還是 meaning "still"', '您還是可以先使用備用機'],
    ['还是 meaning "still"', '您还是先等等吧'],
    ['"you are right"', 'you are right'],
    ['"we will make it right"', 'we will make it right'],
    ['"put this right" inside an open question', 'What would you like us to do to put this right?'],
  ])('does not fire on %s', (_kind, text) => expectNotFound('ask_closed', text));
});

describe('a confirming tag in the middle of a run-on', () => {
  it('asks the restatement before it (對嗎 then the trainee speaks again)', () =>
    expectFound('ask_closed', '您是说电梯从周一停到现在一直没人来修很不方便对吗真的很抱歉我现在就联系维保公司'));
  it('asks in English too ("is that right because…")', () =>
    expectFound('ask_closed', 'so the courier left it outside without knocking is that right because i want to report it'));
});

describe('問 in 問題 is not asking someone else', () => {
  it('reads 請問問題出在哪裡 as an open question', () => expect(acts('请问问题出在哪里')).toContain('ask_open'));
  it('still reads 我幫你問問護士能不能… as the trainee finding out', () => expectNotFound('ask_closed', '我幫你問問護士能不能先量體溫'));
});

describe('an A-not-A question about what the customer did is not blame', () => {
  it.each(['您有没有保留发票呢', '你有冇帶單據呀', '請問您有沒有預約'])('%s asks, not blames', (text) => {
    expect(acts(text)).toContain('ask_closed');
    expect(acts(text)).not.toContain('blame_customer');
  });
  it('到底有沒有… stays rhetorical blame', () => expect(acts('你到底有冇睇說明書呀')).toContain('blame_customer'));
  it('a statement that they did not is still blame', () => expect(acts('你没有带收据,所以不能退')).toContain('blame_customer'));
});

describe('a polite wrapper around an open question', () => {
  it('可唔可以話我知…點… asks for the story, not yes or no', () => {
    expect(acts('你可唔可以話我知上次個師傅上嚟點同你講')).toContain('ask_open');
    expect(acts('你可唔可以話我知上次個師傅上嚟點同你講')).not.toContain('ask_closed');
  });
  it('能不能告訴我 + a yes/no question is still closed', () => expect(acts('你可不可以告訴我是不是昨天買的')).toContain('ask_closed'));
});
