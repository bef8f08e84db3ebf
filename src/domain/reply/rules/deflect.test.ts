// Cases in zh-Hant, zh-Hans and en for the rule in deflect.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('deflect', () => {
  it("finds it in 你要去財務部,這不是我們的事。", () => expectFound('deflect', "你要去財務部,這不是我們的事。", "財務部"));
  it("finds it in 这个不归我们管,你找厂家吧。", () => expectFound('deflect', "这个不归我们管,你找厂家吧。", "不归我们管"));
  it("finds it in That's not our department, you need to call the manufacturer.", () => expectFound('deflect', "That's not our department, you need to call the manufacturer.", "not our department"));
  it("does not fire on 您說維修部說是工程部的事,對嗎?", () => expectNotFound('deflect', "您說維修部說是工程部的事,對嗎?"));
  it("does not fire on So sales told you to call engineering, and engineering sent you back?", () => expectNotFound('deflect', "So sales told you to call engineering, and engineering sent you back?"));
  it("does not fire on 我幫您聯絡工程部。", () => expectNotFound('deflect', "我幫您聯絡工程部。"));
  it('does not fire when the trainee takes it on: 雖然唔係我哋部門直接處理，但我會幫你同相關部門跟進', () => expectNotFound('deflect', '雖然唔係我哋部門直接處理，但我會幫你同相關部門跟進，你唔使自己再去搵'));
  it('does not fire on "you need not go elsewhere": 唔使你再去其他部門，我幫你搞', () => expectNotFound('deflect', '唔使你再去其他部門，我幫你搞'));
  it('finds a third party in any variety: 您找外賣小哥吧', () => expectFound('deflect', '您找外賣小哥吧,餐我們是按時出的', '找外賣'));
  it('finds the customer sent to ask elsewhere after a no: 我也沒辦法,您要的話可以去櫃台問問看', () => expectFound('deflect', '規定就是這樣,我也沒辦法,您要的話可以去櫃台問問看', '可以去櫃台問問看'));
  it('finds it in Cantonese: 呢啲事我哋幫唔到,你可能要自己報警', () => expectFound('deflect', '呢啲事我哋管理處真係幫唔到,你可能要自己報警', '可能要自己報警'));
  it('does not fire when we ask for her: 我幫您打去櫃台問問看', () => expectNotFound('deflect', '我幫您打去櫃台問問看,稍後回覆您'));
  it('does not fire on directions with no no before them: 您可以先去櫃台問問看', () => expectNotFound('deflect', '您可以先去櫃台問問看,他們今天有優惠'));
  it('finds "maybe try the other branch?" in chat', () => expectFound('deflect', 'idk tbh, maybe try the other branch?', 'maybe try the other'));
  it('does not fire on "maybe try the other branch" beside our own help', () => expectNotFound('deflect', "I'll call them now, or maybe try the other branch later if you prefer."));
  // scen15s (blind t19-23): someone else as the subject — where her father has to go — is her story, not her sent elsewhere.
  it('does not fire on 好的，老人家明早要去医院复诊。', () => expectNotFound('deflect', '好的，老人家明早要去医院复诊。'));
  it('does not fire on 明白，伯伯聽朝要去醫院覆診。', () => expectNotFound('deflect', '明白，伯伯聽朝要去醫院覆診。'));
  it('does not fire on Understood, your father has to go to the hospital tomorrow morning.', () => expectNotFound('deflect', 'Understood, your father has to go to the hospital tomorrow morning.'));
  it('still finds her sent there: 呢個我哋唔理，你要去醫院問', () => expectFound('deflect', '呢個我哋唔理，你要去醫院問。', '醫院'));
  // scen15y (t24-04): his runaround retold — the call he made, answered by a department that spoke — is his story.
  it('does not fire on a runaround retold: 你打去維修部，維修部話搵工程部，工程部又叫你搵銷售部', () => expectNotFound('deflect', '你打去維修部，維修部話搵工程部，工程部又叫你搵銷售部，拖咗三個月。'));
  it('does not fire on a runaround retold: 你打去维修部，维修部说找工程部，工程部又叫你找销售部', () => expectNotFound('deflect', '你打去维修部，维修部说找工程部，工程部又叫你找销售部，拖了三个月。'));
  it('does not fire on "repairs told you to call engineering, who told you to ask sales"', () => expectNotFound('deflect', 'You called repairs, repairs told you to call engineering, and engineering told you to ask sales.'));
  it('still finds him sent there by us: 你去搵工程部啦', () => expectFound('deflect', '你去搵工程部啦。', '工程部'));
  it('still finds him sent there by us: 你打去工程部啦，佢哋會處理', () => expectFound('deflect', '你打去工程部啦，佢哋會處理。', '工程部'));
  it('still finds him sent there by us: 你去找经销商，他们说了算', () => expectFound('deflect', '你去找经销商，他们说了算。', '经销商'));
  it('still finds "you\'ll need to call engineering"', () => expectFound('deflect', "That's not our department, you'll need to call engineering."));
});

// lex31 (blind23 s193, blind27 u111): a retelling that is only the topic of the trainee's sentence (您反映的问题…,
// 你反映嘅問題…, 'the issue you raised…') names what she raised; the hand-off after it is the trainee's, not her words.
// Her runaround retold in full is still hers.
describe('deflect after a retold topic (lex31)', () => {
  it('finds it in 您反映的问题不属于我们部门，请您联系售后。', () => expectFound('deflect', '您反映的问题不属于我们部门，请您联系售后。'));
  it('finds it in 你反映嘅問題唔係我哋管，你搵返物業公司啦。', () => expectFound('deflect', '你反映嘅問題唔係我哋管，你搵返物業公司啦。'));
  it('finds it in 您說的這個情況不歸我們處理，建議您找原廠。', () => expectFound('deflect', '您說的這個情況不歸我們處理，建議您找原廠。'));
  it("finds it in The issue you raised, that's not our department, you'll have to call the supplier.", () =>
    expectFound('deflect', "The issue you raised, that's not our department, you'll have to call the supplier."));
  it('does not fire on her runaround retold: 你是說客服話唔係佢哋部門,叫你去搵售後,係咪?', () =>
    expectNotFound('deflect', '你是說客服話唔係佢哋部門,叫你去搵售後,係咪?'));
  it('does not fire on the agent she spoke to retold: 您说的那个客服说不归他们管，让您找售后。', () =>
    expectNotFound('deflect', '您说的那个客服说不归他们管，让您找售后。'));
});
