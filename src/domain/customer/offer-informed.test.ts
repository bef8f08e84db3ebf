// An offer made after the customer has said what she wants is not made blind (offer.ts): she weighs it,
// rather than asking "Do you even know what I'm here for?", even when her words counted as no fact.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';

const clinic = shipped('clinic-reception-wait');
const play = (replies: string[]) => runDrill(clinic, replies, { read: createReader(clinic), locale: 'en', seed: baseSeed(clinic) });
const sorry = "Mrs Lin? I'm Amy from the front desk. I'm so sorry, you've been waiting a very long time and nobody came to tell you why.";
const offer = "You'll be the very first patient Dr Chen sees when she's back, and I'll come and get you myself.";

describe('an offer after she said what she wants', () => {
  it('is weighed, not called uninformed', () => {
    const run = play([sorry, 'Dr Chen should be back in about ten minutes. Do you have somewhere you need to be this evening, or someone waiting for you?', offer]);
    expect(run.sim.turns[1]?.signals).toContain('wants-said');
    expect(run.sim.turns[2]?.signals).not.toContain('solution-uninformed');
    expect(run.sim.offer).not.toBeNull();
  });

  it('made before anything about her is known is still uninformed', () => {
    // A bare apology: "you've been waiting a very long time and nobody came to tell you why" reads back her opening
    // (lex19: the situation retold by what did not come), which is knowing something about her.
    const run = play(["Mrs Lin? I'm Amy from the front desk. I'm so sorry.", offer]);
    expect(run.sim.turns[1]?.signals).not.toContain('solution-accepted');
    expect(run.sim.offer).toBeNull();
  });
});

// blind t13-11–13: the chat customer's opening message is her story ("cake due by 3, nearly 4, party at 5"). An
// apology that gave it back, or an account of what went wrong, on an earlier reply means the next reply's plan is
// not made blind; a bare apology before the plan still is.
describe('an offer after her opening was read back or her case explained', () => {
  const cake = shipped('chat-late-birthday-cake');
  const chat = (replies: string[]) => runDrill(cake, replies, { read: createReader(cake), locale: 'zh-Hant', seed: baseSeed(cake) });
  const plan = '太古分店而家即刻準備一個一模一樣嘅，專車送上門，四點半前到。';

  it('weighs a plan after an apology that named her party (read back from her opening)', () => {
    const run = chat(['楊太你好，我係值班主任 Mandy。三點五都未收到蛋糕，五點就開生日會，真係好對唔住！', plan]);
    expect(run.sim.turns[1]?.signals).not.toContain('solution-uninformed');
    expect(run.sim.offer?.remedy).toBe('rush');
  });

  it('weighs a plan after the trainee told her what happened (explain)', () => {
    const run = chat(['楊太你好，我係值班主任 Mandy，真係好對唔住！', '啱啱查咗，原來架送貨車喺路上塞咗，冇人通知你，係我哋做得唔好。', plan]);
    expect(run.sim.turns[1]?.analysis.acts).toContain('explain');
    expect(run.sim.turns[2]?.signals).not.toContain('solution-uninformed');
    expect(run.sim.offer?.remedy).toBe('rush');
  });

  it('does not weigh a plan after a bare apology (too soon: nothing of hers heard yet)', () => {
    const run = chat(['楊太你好，我係值班主任 Mandy，真係好對唔住！', plan]);
    expect(run.sim.turns[1]?.signals).not.toContain('solution-accepted');
    expect(run.sim.offer).toBeNull();
  });
});

// scen15o (blind t16-11, t15-11): the plan told as what a colleague can or will do ("A dedicated driver can have it at
// your door by 4:30. OK to send?", 司機即刻出發) names someone in particular to do it, as "we" does; what a colleague
// did (the driver was late) offers nothing.
describe('an offer told as what a colleague will or can do', () => {
  const cake = shipped('chat-late-birthday-cake');
  const chat = (replies: string[], locale: 'en' | 'zh-Hant' = 'en') => runDrill(cake, replies, { read: createReader(cake), locale, seed: baseSeed(cake) });
  const sorry = "Hi Mrs Yeung, I'm Amy, the duty supervisor. So sorry, your cake is late and the party's at 5.";

  it('is weighed and accepted when it names her remedy and a time in time', () => {
    const run = chat([sorry, 'Our Tai Koo branch has the identical cake. A dedicated driver can have it at your door by 4:30. OK to send?']);
    expect(run.sim.offer).toMatchObject({ remedy: 'rush', status: 'accepted' });
  });

  it('is weighed in Cantonese too: 專車司機即刻出發', () => {
    const run = chat(['楊太你好，我係值班主任 Joey。蛋糕遲咗，仲要趕五點生日會，真係好對唔住。', '太古分店有一模一樣嘅，專車司機即刻出發，四點半前到。'], 'zh-Hant');
    expect(run.sim.offer?.remedy).toBe('rush');
  });

  it('is no offer when it tells what the driver did', () => {
    const run = chat([sorry, 'The driver was stuck in traffic with the Tai Koo branch order until 4:30.']);
    expect(run.sim.offer).toBeNull();
  });
});

// scen15s (blind t19-17, t19-23): the plan told as an estimate of what a colleague will do (陳醫師大概再十分鐘就回來…好不好？,
// "Dr Chen should be back in about ten minutes"), or as what each of them will do (两名员工都会…), names someone to do it,
// even put to her as a question; what a colleague should have done offers nothing.
describe('an offer told as an estimate, or as what each colleague will do', () => {
  const sorry = {
    'zh-Hant': '林阿嬤您好，我是櫃檯的小惠。讓您等了兩個鐘頭都沒人來說一聲，真的很不好意思。',
    'zh-Hans': '林阿姨您好，我是前台小惠。让您等了两个钟头都没人来说一声，真的很不好意思。',
    en: "Mrs Lin? I'm Amy from the front desk. I'm so sorry — two hours and nobody came to tell you why.",
  } as const;
  const asked = {
    'zh-Hant': '陳醫師大概再十分鐘就回來，回來第一個就幫您看，好不好？',
    'zh-Hans': '陈医生大概再过十分钟就回来，回来第一个就给您看，好不好？',
    en: "Dr Chen should be back in about ten minutes, and she'll see you first. Is that all right?",
  } as const;
  const playIn = (locale: 'zh-Hant' | 'zh-Hans' | 'en', replies: string[]) => runDrill(clinic, replies, { read: createReader(clinic), locale, seed: baseSeed(clinic) });

  for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as const) {
    it(`is weighed and accepted in ${locale}, though put to her as a question`, () => {
      const run = playIn(locale, [sorry[locale], asked[locale]]);
      expect(run.sim.offer).toMatchObject({ remedy: 'see-now', status: 'accepted' });
    });
  }

  it('is no offer when it says what the doctor should have done', () => {
    const run = playIn('en', [sorry.en, 'Dr Chen should have told you before she went to the emergency.']);
    expect(run.sim.offer).toBeNull();
  });

  it('hears two staff who will each do it (两名员工都会…) as someone to do it', () => {
    const lift = shipped('lift-outage-email');
    const run = runDrill(
      lift,
      [
        '张先生：\n\n您好！电梯一个月坏三次，还让您父亲被困在家里，我们非常抱歉，您这么生气完全可以理解。\n\n物业管理处 王磊',
        '张先生：\n\n老人家明早要去医院复诊，我们两名员工都会在出门前半小时带爬楼机到17C，陪老人家下楼。\n\n王磊',
      ],
      { read: createReader(lift), locale: 'zh-Hans', seed: baseSeed(lift) },
    );
    expect(run.sim.turns[1]?.analysis.acts).not.toContain('deflect');
    expect(run.sim.offer).toMatchObject({ remedy: 'escort', owner: true });
  });
});
