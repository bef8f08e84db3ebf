// A "so" statement naming two or more of her facts restates her story (read-back.ts); a "so" that apologises,
// plans or asks, or names one fact, does not.
import { describe, expect, it } from 'vitest';
import { shipped } from '../scenario/test-support/shipped.ts';
import { createReader } from './read-reply.ts';

const read = createReader(shipped('restaurant-public-review'));
const lobby = createReader(shipped('lobby-suggestion'));

describe('her facts read back after a restating so', () => {
  it('is a paraphrase (blind t8-06, t8-21)', () => {
    const r = read("So you booked the window table for eight two weeks ago, pre-ordered a birthday cake, and tonight the table's gone to another party.");
    expect(r.acts).toContain('paraphrase');
    expect(r.evidence.some((e) => e.rule === 'paraphrase/facts-read-back')).toBe(true);
    expect(lobby("I see. So in the evening the corner by the mailboxes is dim enough that it's hard to see the mat.").acts).toContain('paraphrase');
    // …and a check announced before a colon (blind t8-16).
    expect(read("Can I just check what happened: you booked the window table two weeks ago and pre-ordered a birthday cake.").acts).toContain('paraphrase');
    expect(lobby("To check I've got it: in the evenings the mailbox corner is too dark, and the mat could do with fixing too. Is that right?").acts).toContain('paraphrase');
  });

  it('is not an apology, a plan or one fact', () => {
    for (const reply of [
      'So sorry about the window table and the birthday cake.',
      "So I'll give you the window table and bring the birthday cake now.",
      'So the birthday cake matters most to you.',
      'Let me check: the window table is free now.',
    ]) {
      expect(read(reply).acts, reply).not.toContain('paraphrase');
    }
  });

  it('is not read into a question, which the classifier weighs on its own', () => {
    const r = read('So you booked the window table and pre-ordered the birthday cake?');
    expect(r.evidence.some((e) => e.rule === 'paraphrase/facts-read-back')).toBe(false);
  });

  it('is heard only with a scenario: without one there are no facts to read back', () => {
    expect(createReader()("So you booked the window table two weeks ago and pre-ordered a cake.").acts).not.toContain('paraphrase');
  });
});

// blind t13-22: her letter given back with no "so" — one of her facts beside a time she gave in her own words.
describe('her story given back without an opener', () => {
  const lift = createReader(shipped('lift-outage-email'));
  it('is a paraphrase when a fact of hers stands beside a time from her opening (yue, zh-Hans, en)', () => {
    for (const t of [
      '伯伯八十二歲、用助行架，由尋晚六點開始困喺十七樓，聽朝仲要覆診，換轉係我都會好擔心。',
      '老人家八十二岁，用助行架，从昨晚六点开始困在十七楼，明早还要复诊。',
      'Your father is 82, uses a walking frame, and has been stuck on the 17th floor since 6 pm yesterday with a hospital appointment tomorrow morning.',
    ]) {
      // (beside the empathy that closes the first, lex22's paraphrase-beside-empathy reads it first.)
      expect(lift(t).evidence.some((e) => e.rule === 'paraphrase/her-story' || e.rule === 'paraphrase/beside-empathy'), t).toBe(true);
    }
  });

  it('is not read from an offer, a question, a brush-off, or a fact with no time of hers', () => {
    expect(lift('聽朝我哋派兩位同事帶爬樓機上十七樓，陪伯伯去醫院覆診。').acts).not.toContain('paraphrase');
    expect(lift('伯伯聽朝幾點覆診、去邊間醫院？').acts).not.toContain('paraphrase');
    expect(lift('維修要等零件，幾時整好我哋都唔清楚，有消息改天再通知你。').acts).not.toContain('paraphrase');
    expect(lift('伯伯八十二歲，用助行架。').evidence.some((e) => e.rule === 'paraphrase/her-story')).toBe(false);
  });
});

describe('an offer naming her remedy beside her facts and times', () => {
  it('is not read as her story told back (blind t13-23)', () => {
    const lift = createReader(shipped('lift-outage-email'));
    const r = lift('明天早上，两名员工带爬楼机到17C，陪老人家下楼，出租车在楼下等候，时间按复诊时间提前一小时。');
    expect(r.acts).not.toContain('paraphrase');
    // …and the taxi waiting downstairs is not "wait there" said to her.
    expect(r.acts).not.toContain('rush');
  });
});

// scen15p (blind t16-37): her 三日內搬走 given back as 三日要搬 is still her time.
describe('her time given back without its "within"', () => {
  const pram = createReader(shipped('stairwell-pram'));
  it('still makes the statement her story told back', () => {
    for (const t of ['原來你屋企地方細，BB車擺入去就轉唔到身，三日要搬真係好大壓力。', '你家里地方小，婴儿车放进屋连门都打不开，三天就要搬，压力真的很大。']) {
      expect(pram(t).evidence.some((e) => e.rule === 'paraphrase/her-story'), t).toBe(true);
    }
  });

  it('is not her story when the trainee sets the time for a plan of his own', () => {
    expect(pram('三日內我幫你問地下雜物房有冇位放嬰兒車。').acts).not.toContain('paraphrase');
  });
});

// scen15p (blind t16-33): two of her facts told to her, with "you" as the one they happened to.
describe('her story told as hers, with no opener', () => {
  const hasYourStory = (t: string) => read(t).evidence.some((e) => e.rule === 'paraphrase/your-story');
  it('is a paraphrase (zh-Hans, yue, en)', () => {
    for (const t of [
      '您两周前就订了位，还订了蛋糕，结果到了桌子被占、蛋糕也查不到。',
      '你兩個禮拜前就訂咗位，仲訂埋蛋糕，點知嚟到張枱俾人坐咗、蛋糕又話冇記錄。',
      'You booked the window table two weeks ago and pre-ordered the birthday cake, and tonight neither was there.',
    ]) {
      expect(read(t).acts, t).toContain('paraphrase');
    }
  });

  it('is not the trainee telling her what to do, an apology without "you", or an offer', () => {
    for (const t of [
      '您可以把订位和蛋糕的单号告诉我。',
      '您放心，订位和蛋糕的事我来处理。',
      '很抱歉，订位和蛋糕都出了问题。',
      'You can give me the booking and the cake order number.',
      '您订的靠窗位和蛋糕，我马上安排好。',
    ]) {
      expect(hasYourStory(t), t).toBe(false);
    }
  });
});

describe('her details given back as a check question', () => {
  const clinic = createReader(shipped('clinic-reception-wait'));
  const rule = (text: string) => clinic(text).evidence.some((e) => e.rule === 'paraphrase/confirm-tag');

  it('restates to confirm when it closes with a tag or opens with 係咪 and names a time she gave (blind t15-18; zh-Hans, yue, en)', () => {
    expect(rule('您是约了两点半看陈医生的吧？您身体还好吗，要不要先喝点水？')).toBe(true);
    expect(rule('你係咪約咗兩點半睇陳醫師？')).toBe(true);
    expect(rule('You booked Dr Chen for half past two, right?')).toBe(true);
  });

  it('is not a question about something new, nor one without her details', () => {
    expect(rule('你是几点到的？')).toBe(false);
    expect(rule('您是约了下午五点的吧？')).toBe(false);
    expect(rule('Can you wait until half past two?')).toBe(false);
  });
});
