// The remedy families a fact's topics belong to (topic-families.ts) as firstMention hears them: a remedy in any
// word of its family, in the trainee's own order and in the passive; split from fact-topics.test.ts by subject.
import { describe, expect, it } from 'vitest';
import { normalize } from '../reply/text/normalize.ts';
import { firstMention } from './fact-topics.ts';

describe('shared topic families', () => {
  it('hear a remedy in any word of a family one of its topics belongs to, and only then', () => {
    const fold = (t: string) => normalize(t).text;
    const waive = { topics: { 'zh-Hans': ['免收违约金'] } };
    const other = { topics: { 'zh-Hans': ['代金券'] } };
    // blind t7-18: "违约金全免，您可以马上解约" offers what "免收违约金" names.
    expect(firstMention(waive, fold('方案一，违约金全免，您可以马上解约。'))).not.toBeNull();
    expect(firstMention(waive, fold('We can waive the penalty.'))).not.toBeNull();
    expect(firstMention(other, fold('违约金全免'))).toBeNull();
  });

  it('hear a storage place in its other names: 儲物格 and lockable storage offer what 儲物室 names (blind t8-01–03)', () => {
    const fold = (t: string) => normalize(t).text;
    const storage = { topics: { 'zh-Hant': ['儲物室'], en: ['storage room'] } };
    expect(firstMention(storage, fold('停車場平台有儲物格，我可以即刻批一格俾你。'))).not.toBeNull();
    expect(firstMention(storage, fold('We have lockable storage in the podium carpark.'))).not.toBeNull();
    expect(firstMention({ topics: { en: ['refund'] } }, fold('We have lockable storage in the podium carpark.'))).toBeNull();
    // 貯 written for 儲, as in Hong Kong (blind t13-37): 地下管理處貯物室有位.
    expect(firstMention(storage, fold('地下管理處貯物室有位，今日就可以俾條鎖匙你'))).not.toBeNull();
    expect(firstMention(storage, fold('一楼贮藏室给您留个位置'))).not.toBeNull();
  });

  it('hear a private room in its other names: 包间 and a private dining room offer what 包房 names (blind t5-08)', () => {
    const fold = (t: string) => normalize(t).text;
    const room = { topics: { 'zh-Hans': ['包房'] } };
    expect(firstMention(room, fold('马上把你们换到这间包间，十分钟内摆好'))).not.toBeNull();
    expect(firstMention(room, fold('We can seat you in our private dining room.'))).not.toBeNull();
    expect(firstMention({ topics: { 'zh-Hans': ['退款'] } }, fold('马上把你们换到这间包间'))).toBeNull();
  });

  it('hear being seen first in its other wordings: 第一个就看您 offers what 第一个看 names (blind t10-18)', () => {
    const fold = (t: string) => normalize(t).text;
    const first = { topics: { 'zh-Hans': ['第一个看'] } };
    expect(firstMention(first, fold('陈医生大约十分钟后回来，回来后第一个就看您'))).not.toBeNull();
    expect(firstMention(first, fold("You'll be the first patient she sees."))).not.toBeNull();
    // In the passive (blind t13-16).
    expect(firstMention(first, fold("I can have you seen first on Dr Chen's return, around 4:45"))).not.toBeNull();
    expect(firstMention(first, fold('We will make sure you are seen next.'))).not.toBeNull();
    expect(firstMention({ topics: { 'zh-Hans': ['退款'] } }, fold('回来后第一个就看您'))).toBeNull();
  });

  it('hear the doctor seeing her first as being seen first: "the first one he sees", 一回来先给您看 (blind t11-16, t11-18)', () => {
    const fold = (t: string) => normalize(t).text;
    const first = { topics: { 'zh-Hans': ['第一个看'] } };
    expect(firstMention(first, fold("Dr Chen should be back in about ten minutes, and you'll be the first one he sees."))).not.toBeNull();
    expect(firstMention(first, fold('陈医生大概十分钟后回来，一回来先给您看。'))).not.toBeNull();
    expect(firstMention(first, fold('我先给您看一下今天的挂号单，您前面还有五位。'))).toBeNull();
    expect(firstMention(first, fold('He was the first one to leave.'))).toBeNull();
  });

  it('hear being seen first by its shape: 第一个 + 就/先/给您 + 看, whatever fills the gap (blind t14-18)', () => {
    const fold = (t: string) => normalize(t).text;
    const first = { topics: { 'zh-Hans': ['第一个看'] } };
    expect(firstMention(first, fold('陈医生大约十分钟后回来，回来第一个就给您看，我已经登记好了。'))).not.toBeNull();
    expect(firstMention(first, fold('陳醫師一回來，第一位就替您看診。'))).not.toBeNull();
    expect(firstMention(first, fold('醫生返嚟第一個即刻同你睇。'))).not.toBeNull();
    expect(firstMention(first, fold('I have put you at the top of the list for when he returns.'))).not.toBeNull();
    expect(firstMention(first, fold('陳醫師大概再十分鐘就回來，回來第一位就是您。'))).not.toBeNull();
    expect(firstMention(first, fold('醫生返嚟下一個就輪到你。'))).not.toBeNull();
    expect(firstMention(first, fold('第一位是您先生吗？'))).toBeNull();
    // The first one she saw, the first time, or the shape in another clause: not being seen first.
    expect(firstMention(first, fold('第一位护士看到您就过来了。'))).toBeNull();
    expect(firstMention(first, fold('这是您第一次来看病吗？'))).toBeNull();
    expect(firstMention(first, fold('第一个，我们先看看挂号单。'))).toBeNull();
    // A scenario without the family's words does not hear it.
    expect(firstMention({ topics: { 'zh-Hans': ['退款'] } }, fold('回来第一个就给您看'))).toBeNull();
  });

  it('hear the same rule for everyone as the others it reaches or as "not only you" (blind t18-37)', () => {
    const fold = (t: string) => normalize(t).text;
    const same = { topics: { 'zh-Hant': ['一視同仁'], en: ['same rule'] } };
    expect(firstMention(same, fold('今晚六點前我打俾你。其他樓層我都會一樣跟進，唔會淨係搵你。'))).not.toBeNull();
    expect(firstMention(same, fold('我会让保安把其他楼层也查一遍，不是只针对您一家。'))).not.toBeNull();
    expect(firstMention(same, fold("It's not just you: the guards will check the other floors this week."))).not.toBeNull();
    // A bare reassurance says nothing of the others, and her feeling of being singled out is not the remedy.
    expect(firstMention(same, fold('这不是针对您，是为了您一家的安全。'))).toBeNull();
    expect(firstMention(same, fold('覺得好似淨係針對你，我明白。'))).toBeNull();
    // A scenario without the family's words does not hear it.
    expect(firstMention({ topics: { 'zh-Hans': ['退款'] } }, fold('其他楼层也一样'))).toBeNull();
  });

  it('hear the same rule told as every household it reached, or "not only you" with no verb (blind t17-38/39, probes p15r)', () => {
    const fold = (t: string) => normalize(t).text;
    const same = { topics: { 'zh-Hant': ['一視同仁'], en: ['same rule'] } };
    expect(firstMention(same, fold('呢個星期我哋係幫所有喺後樓梯擺咗嘢嘅單位都貼咗告示，唔係淨係你一家。'))).not.toBeNull();
    expect(firstMention(same, fold('这周所有在后楼梯放了东西的住户都贴了告示。'))).not.toBeNull();
    expect(firstMention(same, fold('二十樓啲單車都有貼，唔係得你一家。'))).not.toBeNull();
    expect(firstMention(same, fold('每一户我们都一样对待。'))).not.toBeNull();
    expect(firstMention(same, fold('This week the notice went on every flat with things in the stairwell.'))).not.toBeNull();
    // Everything has to go, not her fault, her own problem: nothing of the others.
    expect(firstMention(same, fold('所有东西都要搬走。'))).toBeNull();
    expect(firstMention(same, fold('所有嘢都唔可以擺。'))).toBeNull();
    expect(firstMention(same, fold('不是你的错，是告示贴得不好。'))).toBeNull();
    expect(firstMention(same, fold('这不只是你的问题，我明白。'))).toBeNull();
  });

  it('hear the same rule told as every landing of the whole estate being the same (scen15s, blind t19-37/38)', () => {
    const fold = (t: string) => normalize(t).text;
    const same = { topics: { 'zh-Hant': ['一視同仁'], en: ['same rule'] } };
    expect(firstMention(same, fold('呢條消防規定係全屋苑每個平台都一樣，唔係針對你個人。'))).not.toBeNull();
    expect(firstMention(same, fold('这条消防规定对小区每个楼梯平台都一样。'))).not.toBeNull();
    expect(firstMention(same, fold('整棟大廈嘅後樓梯都一樣要清。'))).not.toBeNull();
    expect(firstMention(same, fold('成個屋苑嘅後樓梯都係一樣咁處理。'))).not.toBeNull();
    expect(firstMention(same, fold('The same fire rule applies to every landing in the estate.'))).not.toBeNull();
    // Everyone feeling the same, or everything being the same, names no place the rule reaches.
    expect(firstMention(same, fold('每个人都会觉得一样委屈。'))).toBeNull();
    expect(firstMention(same, fold('所有東西都一樣要搬走。'))).toBeNull();
  });

  it('hear a place kept for her things, wherever it is, as the storage remedy (scen15q: the alternative to a no)', () => {
    const fold = (t: string) => normalize(t).text;
    const storage = { topics: { 'zh-Hant': ['儲物室'], en: ['storage room'] } };
    expect(firstMention(storage, fold('我今日五點前喺大堂管理處後面幫你騰個位，專俾你擺BB車。'))).not.toBeNull();
    expect(firstMention(storage, fold('我今天下午四点前给您划出一个婴儿车专用位。'))).not.toBeNull();
    expect(firstMention(storage, fold('可以留個位俾你泊BB車。'))).not.toBeNull();
    expect(firstMention(storage, fold("I'll set aside a spot for your pram behind the front desk."))).not.toBeNull();
    // Keeping an eye out (留意) is no place kept, and a place refused is none offered.
    expect(firstMention(storage, fold('我幫你留意下有冇地方。'))).toBeNull();
    expect(firstMention(storage, fold('我冇辦法幫你留位。'))).toBeNull();
    expect(firstMention(storage, fold('我们不能给您留地方。'))).toBeNull();
    // A scenario without the family's words does not hear it.
    expect(firstMention({ topics: { 'zh-Hans': ['退款'] } }, fold('给您留个位'))).toBeNull();
  });

  it('hear a place found for her things, named by whom it is for or by what goes there, as the storage remedy (scen15t, blind t20-36/37)', () => {
    const fold = (t: string) => normalize(t).text;
    const storage = { topics: { 'zh-Hant': ['儲物室'], en: ['storage room'] } };
    expect(firstMention(storage, fold('架BB車我喺地下大堂附近搵個安全位幫你擺，出入順手攞。'))).not.toBeNull();
    expect(firstMention(storage, fold('我可以喺管理處隔籬搵個位俾你泊架BB車。'))).not.toBeNull();
    expect(firstMention(storage, fold('我这边帮您在一楼大堂旁边找一个安全的地方放婴儿车。'))).not.toBeNull();
    expect(firstMention(storage, fold('我去给您找一个放婴儿车的位置，就在一楼管理处旁边。'))).not.toBeNull();
    expect(firstMention(storage, fold("I'll find a safe spot for the pram on the ground floor near the lobby."))).not.toBeNull();
    expect(firstMention(storage, fold("Let me find you a proper space for your pram downstairs."))).not.toBeNull();
    expect(firstMention(storage, fold('We make room for your pram downstairs, beside the mailboxes.'))).not.toBeNull();
    // A place she is asked whether there is, one that cannot be found, or 找地方 with nothing put there is none found.
    expect(firstMention(storage, fold('我帮你找找看有没有地方。'))).toBeNull();
    expect(firstMention(storage, fold('我搵唔到地方俾你擺架車。'))).toBeNull();
    expect(firstMention(storage, fold('我找不到地方放婴儿车。'))).toBeNull();
    expect(firstMention(storage, fold("I can't find a spot for your pram."))).toBeNull();
    expect(firstMention(storage, fold("I'll find a way to sort this out for you."))).toBeNull();
    expect(firstMention(storage, fold('我们找个地方坐下慢慢说。'))).toBeNull();
  });

  it('hear the fee named first and waived after it, in the trainee\'s own order (scen15u, blind t21-07)', () => {
    const fold = (t: string) => normalize(t).text;
    const waive = { topics: { 'zh-Hans': ['免收违约金'], en: ['waive the fee'] } };
    expect(firstMention(waive, fold('您要解约的话，违约金全部免收，今天就帮您办理取消。'))).not.toBeNull();
    expect(firstMention(waive, fold('一是今天就办解约，违约金我们一分不收。'))).not.toBeNull();
    expect(firstMention(waive, fold('你想解約的話，解約費我哋唔收你。'))).not.toBeNull();
    expect(firstMention(waive, fold('You cancel today and the termination fee is waived in full.'))).not.toBeNull();
    // A fee that cannot be waived, or one still charged, is no waiver.
    expect(firstMention(waive, fold('违约金我们没办法免收。'))).toBeNull();
    expect(firstMention(waive, fold('解約費係唔可以豁免嘅。'))).toBeNull();
    expect(firstMention(waive, fold("I'm afraid the termination fee can't be waived."))).toBeNull();
    expect(firstMention({ topics: { 'zh-Hans': ['退款'] } }, fold('违约金全部免收'))).toBeNull();
  });

  it('hear the month\'s fee given back in the trainee\'s own words and order (scen15u, blind t21-07)', () => {
    const fold = (t: string) => normalize(t).text;
    const credit = { topics: { 'zh-Hans': ['返还月费'], en: ["refund this month's fee"] } };
    expect(firstMention(credit, fold('我安排技术员优先上门，并返还您这个月的月费。'))).not.toBeNull();
    expect(firstMention(credit, fold('您继续用的话，这个月的月费全部退给您。'))).not.toBeNull();
    expect(firstMention(credit, fold('今個月嘅月費全數退返俾你。'))).not.toBeNull();
    expect(firstMention(credit, fold("You stay, and this month's fee is refunded."))).not.toBeNull();
    expect(firstMention(credit, fold("We'll credit you this month's fee."))).not.toBeNull();
    // A month's fee still charged, or refused back, is not given back.
    expect(firstMention(credit, fold('这个月的月费没办法退。'))).toBeNull();
    expect(firstMention(credit, fold('今個月嘅月費照收。'))).toBeNull();
    expect(firstMention(credit, fold("We can't credit you this month's fee."))).toBeNull();
  });

  it('skip a mention the caller rejects and find a later one', () => {
    const fold = (t: string) => normalize(t).text;
    const allow = { topics: { en: ['leave it there'] } };
    const text = fold("I can't leave it there. Fine, leave it there.");
    const first = firstMention(allow, text);
    expect(first).not.toBeNull();
    expect(firstMention(allow, text, (i) => i === first?.index)?.index).toBeGreaterThan(first?.index ?? Infinity);
    expect(firstMention(allow, fold("I can't leave it there."), () => true)).toBeNull();
  });
});

describe('a remedy named in the passive (scen15v, blind t22-21)', () => {
  const fold = (t: string) => normalize(t).text;
  const fee = { topics: { en: ['pay the fee', 'cover the rebooking'], 'zh-Hant': ['賠償改簽'], 'zh-Hans': ['赔偿改签'] } };
  it('hears "pay the fee" in the fee will be paid / has been paid…, with a word before the thing', () => {
    expect(firstMention(fee, fold('Email me the receipt and the fee will be paid with the refund.'))).not.toBeNull();
    expect(firstMention(fee, fold('Your rebooking fee is being paid today.'))).not.toBeNull();
    expect(firstMention(fee, fold('The rebooking will also be covered.'))).not.toBeNull();
  });
  it('does not hear it in her story or a question: the fee was paid, was the fee paid?', () => {
    expect(firstMention(fee, fold('I see the fee was paid at the airport.'))).toBeNull();
    expect(firstMention(fee, fold('Was the fee paid?'))).toBeNull();
  });
  it('still hears the Chinese topics as before: 赔偿改签, 賠償改簽', () => {
    expect(firstMention(fee, fold('我们会赔偿改签的费用。'))).not.toBeNull();
    expect(firstMention(fee, fold('我們會賠償改簽嘅費用。'))).not.toBeNull();
  });
  it('hear the damage made good in general words as the ceiling repaired (scen15w: the angry resident\'s "who pays for the paint?")', () => {
    const fold = (t: string) => normalize(t).text;
    const repaint = { topics: { 'zh-Hant': ['修補天花'], 'zh-Hans': ['修补天花'], en: ['ceiling repair'] } };
    expect(firstMention(repaint, fold("We'll repair the ceiling and make good any damage to your flat."))).not.toBeNull();
    expect(firstMention(repaint, fold("Whatever the water has ruined, we'll have it put right at our cost."))).not.toBeNull();
    expect(firstMention(repaint, fold('损坏的地方我们负责修好'))).not.toBeNull();
    expect(firstMention(repaint, fold('天花同油漆我哋一齊執返好'))).not.toBeNull();
    // Not the damage asked back, refused, or only told; not in a scenario whose remedies do not name the ceiling.
    expect(firstMention(repaint, fold('Who will pay for the damage?'))).toBeNull();
    expect(firstMention(repaint, fold("The damage won't be covered."))).toBeNull();
    expect(firstMention(repaint, fold('损坏的地方我们没办法负责修好'))).toBeNull();
    expect(firstMention(repaint, fold('損壞嘅嘢邊個負責整？'))).toBeNull();
    expect(firstMention(repaint, fold('The damage is spreading along the ceiling.'))).toBeNull();
    expect(firstMention({ topics: { en: ['refund'] } }, fold('We will make good any damage.'))).toBeNull();
  });
  it('hear the damaged things looked at, sorted out or dealt with as the ceiling repaired (scen15aa, blind t26-27)', () => {
    const fold = (t: string) => normalize(t).text;
    const repaint = { topics: { 'zh-Hant': ['修補天花'], 'zh-Hans': ['修补天花'], en: ['ceiling repair'] } };
    expect(firstMention(repaint, fold("We'll sort out whatever the water damaged in there."))).not.toBeNull();
    expect(firstMention(repaint, fold("Anything that got damaged, we'll take care of it once the leak is stopped."))).not.toBeNull();
    expect(firstMention(repaint, fold('损坏的地方我们上门看看怎么处理'))).not.toBeNull();
    expect(firstMention(repaint, fold('整壞咗嘅地方我哋會一齊睇下點執'))).not.toBeNull();
    // Not asking whether anything was damaged, nor the leak alone dealt with after the damage is named.
    expect(firstMention(repaint, fold('Was anything damaged? We will sort out the leak today.'))).toBeNull();
    expect(firstMention(repaint, fold('有没有弄坏什么？漏水我们今天处理'))).toBeNull();
    expect(firstMention(repaint, fold('有冇整壞啲乜嘢？我哋今日處理漏水'))).toBeNull();
    expect(firstMention(repaint, fold('受损的东西您自己处理，我们只修漏水'))).toBeNull();
  });
  // scen15x: what she wants brought to her, in words no topic list holds — a colleague carrying it to her now, or a new
  // one made and brought; not someone busy with other orders, nor what happened before.
  it('hear the thing brought to her in other words (brought-to-her, scen15x)', () => {
    const fold = (t: string) => normalize(t).text;
    const rush = { topics: { en: ['send a new'], 'zh-Hans': ['专人送'] } };
    expect(firstMention(rush, fold('A van is heading over with it now, only your order on board.'))).not.toBeNull();
    expect(firstMention(rush, fold('Would you like a replacement cake brought to you by 4:30, or a full refund?'))).not.toBeNull();
    expect(firstMention(rush, fold('Two options: we remake the same cake and get it to you by 4:30, or we refund you in full.'))).not.toBeNull();
    expect(firstMention(rush, fold('我哋同事而家帶緊一個一模一樣嘅無果仁蛋糕由分店出發'))).not.toBeNull();
    expect(firstMention(rush, fold('您是要我们重新做一个一样的蛋糕，四点半前送到您家，还是全额退款？'))).not.toBeNull();
    expect(firstMention(rush, fold('司机正在给您送一个一模一样的过去。'))).not.toBeNull();
    expect(firstMention(rush, fold('The driver was taking it to the wrong address.'))).toBeNull();
    expect(firstMention(rush, fold('The driver is taking it to the wrong address.'))).toBeNull();
    expect(firstMention(rush, fold("We can't get a replacement cake delivered to you today."))).toBeNull();
    expect(firstMention(rush, fold('司機送緊第二張單過嚟，遲啲先到。'))).toBeNull();
    expect(firstMention({ topics: { en: ['refund'] } }, fold('A van is heading over with it now.'))).toBeNull();
  });

  it('hear the patient going in as soon as the doctor is back (seen-first, scen15x)', () => {
    const fold = (t: string) => normalize(t).text;
    const seen = { topics: { en: ['first in'], 'zh-Hant': ['第一個看'] } };
    expect(firstMention(seen, fold('You can go in first when Dr Chen is back.'))).not.toBeNull();
    expect(firstMention(seen, fold('陳醫師一回來就請您進去。'))).not.toBeNull();
    expect(firstMention(seen, fold('請您先進去坐一下。'))).toBeNull();
  });
});
