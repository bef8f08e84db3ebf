// lex34 (issue 12; the forbidden misses blind36 and blind37's two labellers agree on, with blind8 h153 and blind35 x168
// read the same way): listed phrases in new wordings — "just wait patiently" as the whole answer (快點/等候), a denial
// with 這麼/咁 before the verb and a time word before it (我絕對沒說過這種話), "let's touch base some other time"
// (改天再聯繫你), and not knowing which department it belongs to (我不知道). Own wordings; each beside the near-misses
// that must stay clean: thanks for waiting, a wait with a time, a question, a promise, "I don't know, but I'll find out".
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const ids = (t: string) => classifyReply(t).forbidden.map((h) => h.id);

describe('lex34: listed phrases in new wordings', () => {
  it.each([
    ['申請已經送出，你耐心等結果就好。', 'service-mistakes/10'],
    ['我哋已經報咗上去，你耐心等通知就得。', 'service-mistakes/10'],
    ['系统在排队，您耐心等待就可以了。', 'service-mistakes/10'],
    ['師傅今日全部出晒外勤，唯有請你耐心等。', 'service-mistakes/10'],
    ['现在人太多了，只能麻烦您耐心等候。', 'service-mistakes/10'],
    ['我那時候根本沒有這樣講過。', 'ten-forbidden/06'],
    ['我哋之前從來冇咁答應過你。', 'ten-forbidden/06'],
    ['We can talk about it another time.', 'ten-forbidden/10'],
    ["Let's catch up on this some other day.", 'ten-forbidden/10'],
    ['我都唔知呢單係屬於邊個部門。', 'service-mistakes/01'],
    ['我真的不知道这件事归哪个部门。', 'service-mistakes/01'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    '多謝你耐心等候就好，我而家即刻幫你處理。',
    '感谢您耐心等待，退款已经到账了。',
    '還是請您耐心等十分鐘，我十點半前一定回來找您。',
    '只能请您耐心等我两分钟，我去仓库拿货。',
    '我有冇咁講過？我幫你翻查錄音先。',
    '如果我剛才說得不清楚，很抱歉，我再跟您確認一次。',
    "Let's talk it through now, I have time.",
    'We will call you tomorrow at ten with an update.',
    '您想知道這件事歸哪個部門嗎？我幫您查。',
    '我知道这件事归售后部管，我现在就帮您联系他们。',
  ])('leaves %s alone', (text) => {
    expect(ids(text).filter((id) => ['service-mistakes/10', 'ten-forbidden/06', 'ten-forbidden/10', 'service-mistakes/01'].includes(id))).toEqual([]);
  });
});
