// lexF (issue 12; the forbidden misses blind41's two labellers agree on, and its one agreed false flag, each generalised
// by structure in three languages): a demonstrative or softener inside 你弄錯了 / 你肯定弄混了 / 你可能不明白 and an emphatic
// word before 我沒說過; 'calm. down.' typed with stops; 我真不知道, and 我不知道 before a send-off typed after a space;
// Cantonese 你唔識睇中文 and mainland 你不會看中文; a send-off to a named unit of ours, in the listed order, followed by a
// not-ours disclaimer (你要去**部，這不是我們的事); her words as the bare topic of 我都知道了 (您說的我都知道了); 'just wait
// patiently then' as 等候 (您就耐心等等吧, like lex34's 您耐心等候就行 — not with a time or a promise after); and a hedged
// 'maybe someone will get back to you' — no promise of contact, so not 改天再聯繫你. Own wordings, each beside the
// near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const ids = (t: string) => classifyReply(t).forbidden.map((h) => h.id);
const LEXF = [
  'angry-customer/01', 'angry-customer/02', 'angry-customer/04', 'angry-customer/08', 'ten-forbidden/04', 'ten-forbidden/06',
  'ten-forbidden/09', 'ten-forbidden/10', 'service-mistakes/01', 'service-mistakes/05', 'service-mistakes/10',
];

describe('lexF: listed phrases with a word inserted, in Cantonese, or in new words', () => {
  it.each([
    ['你這邊應該是搞錯了，我們沒有收過這筆錢', 'angry-customer/04'],
    ['您这次肯定是搞错了，我们周日不营业', 'angry-customer/04'],
    ['你呢個一定係搞錯咗啦', 'angry-customer/04'],
    ['You are obviously mistaken, we never sold that model.', 'angry-customer/04'],
    ['你這個八成是記混了吧', 'angry-customer/02'],
    ["You've clearly mixed the two orders up.", 'angry-customer/02'],
    ['您可能都不太了解我們的保固條款', 'angry-customer/01'],
    ['你可能仲未明白我哋嘅程序', 'angry-customer/01'],
    ['You might not fully understand how the warranty works.', 'angry-customer/01'],
    ['我真係冇講過呢種話', 'ten-forbidden/06'],
    ['我压根没说过要免费换', 'ten-forbidden/06'],
    ['I definitely never said that.', 'ten-forbidden/06'],
    ['Sir, calm. down. please.', 'angry-customer/08'],
    ['冷。靜。一。點。', 'angry-customer/08'],
    ['我確實不知道，你自己打去問總公司吧', 'service-mistakes/01'],
    ['我完全唔知 你問返前台啦', 'service-mistakes/01'],
    ["I honestly don't know, try the front desk.", 'service-mistakes/01'],
    ['你唔識睇英文咩？', 'ten-forbidden/09'],
    ['你是不是不會看中文？', 'ten-forbidden/09'],
    ['Do you not know how to read?', 'ten-forbidden/09'],
    ['你要找我們財務部，這個不是我們這邊負責的', 'ten-forbidden/04'],
    ['你得联络售后，不是我们门市处理的', 'ten-forbidden/04'],
    ["You need to talk to our billing team, it's not something we deal with.", 'ten-forbidden/04'],
    ['你講嘅我都知道晒，唔使再講', 'service-mistakes/05'],
    ['您说的这些我早就知道了', 'service-mistakes/05'],
    ["I know all that, you don't need to repeat it.", 'service-mistakes/05'],
    ['您就耐心等等吧，快遞都這樣', 'service-mistakes/10'],
    ['你就耐心等下啦', 'service-mistakes/10'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    // Exoneration with the demonstrative inside (merge of lexF with lex37's counterexample): not an accusation.
    '不是你這個弄錯，是我們系統的問題。',
    '并不是你这次搞错了，是仓库发错了货。',
    '您这个可能是我们弄错了，我马上改',
    '你這邊沒有弄錯，是我們系統的問題',
    '不是你弄錯，是我哋搞錯咗',
    "You've clearly had a rough week, I'm sorry.",
    'You are obviously upset and I would be too.',
    '你可能還沒收到我們的郵件，我再寄一次',
    '您可能还不知道，我们新推出了上门取件',
    "You might not have received the email yet.",
    '我可没说你错，我只是想核对一下',
    '我真的没讲过吗？我查一下录音',
    '我可從來沒答應過今天能到，您別亂說。',
    'I stayed calm. Down the hall the manager was already on it.',
    '我真不知道您等了这么久，太抱歉了',
    '我不知道你问的是哪张单，可以给我单号吗？',
    '你不会看中文也没关系，我用英文给您解释',
    'Do you know how to read the QR code? I can show you.',
    '我帮你联系财务部，这个不是我们负责的但我会跟进',
    '你可以找我們財務部，他們會幫你，我也會跟進',
    "You can contact our billing team, they'll sort it quickly, and I'll check in tomorrow.",
    '您说的我都记下来了，我马上处理',
    '你講嘅情況我都明白，我即刻幫你查',
    'I know all that must be frustrating.',
    'Maybe someone will call you at some point.',
    'Someone will get back to you by 5pm today.',
    '你就耐心等一下吧，我五分鐘內回來',
    '請您耐心等待，我們會盡快處理',
    '那你就慢慢等啦，唔該晒',
  ])('leaves %s alone', (text) => {
    expect(ids(text).filter((id) => LEXF.includes(id))).toEqual([]);
  });

  it('her words as a topic are no retelling, her words retold still are', () => {
    expect(ids('你說的我都知道了')).toContain('service-mistakes/05');
    expect(ids('你是說上一個同事跟你講「我都知道了」，然後就掛了電話？')).not.toContain('service-mistakes/05');
  });

  it('an unhedged put-off is still the listed one', () => {
    expect(ids('We will get back to you at some point.')).toContain('ten-forbidden/10');
    expect(ids('Someone will get back to you at some point.')).toContain('ten-forbidden/10');
  });
});
