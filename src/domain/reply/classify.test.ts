import { extension } from './test-support/extension.ts';
import { describe, expect, it } from 'vitest';
import { classifyReply, createClassifier } from './classify.ts';

describe('classifyReply', () => {
  it('reads one reply as several moves, each with its own evidence (docs/training-model.md#reply-moves)', () => {
    const r = classifyReply('很抱歉讓您久等,我明白您的感受,能告訴我當時發生了什麼嗎?');
    expect(r.acts).toEqual(expect.arrayContaining(['apologize', 'empathize', 'ask_open']));
    for (const move of ['apologize', 'empathize', 'ask_open'] as const) {
      expect(r.evidence.some((e) => e.move === move && e.end > e.start)).toBe(true);
    }
  });

  it('treats a retold runaround as a paraphrase, not a deflection', () => {
    const r = classifyReply('所以維修部說是工程部的事…對嗎?');
    expect(r.acts).toContain('paraphrase');
    expect(r.acts).not.toContain('deflect');
  });

  it('reads a rhetorical question as blame, not an open question', () => {
    const r = classifyReply('您為什麼不早點說呢?');
    expect(r.acts).toContain('blame_customer');
    expect(r.acts).not.toContain('ask_open');
  });

  it('is deterministic and lists acts in the fixed vocabulary order', () => {
    const a = classifyReply('Thanks for waiting. I am so sorry. I will call you back by 5 pm.');
    const b = classifyReply('Thanks for waiting. I am so sorry. I will call you back by 5 pm.');
    expect(a).toEqual(b);
    expect(a.acts).toEqual(['thank', 'apologize', 'commit_followup']);
  });

  it('detects the reply language per reply, whatever the UI locale', () => {
    expect(classifyReply('真的很抱歉', { locale: 'en' }).locale).toBe('zh-Hant');
    expect(classifyReply('真的很抱歉,讓您久等', { locale: 'zh-Hans' }).locale).toBe('zh-Hant');
  });

  it('returns nothing for empty or punctuation-only input', () => {
    expect(classifyReply('').acts).toEqual([]);
    expect(classifyReply('……?!').acts).toEqual([]);
  });

  it('renders nothing as code: markup in a reply is just text', () => {
    const r = classifyReply('<img src=x onerror=alert(1)> 對不起');
    expect(r.acts).toEqual(['apologize']);
  });

  it('lets a scenario extend the lexicon with its own phrases, in either script', () => {
    const classify = createClassifier(extension('propose_solution', 'zh', '換過一個新水泵'));
    expect(classify('我幫您換過一個新水泵').acts).toContain('propose_solution');
    expect(classify('我帮您换过一个新水泵').acts).toContain('propose_solution');
    expect(classifyReply('換過一個新水泵').acts).not.toContain('propose_solution');
  });

  it("keeps scenarios apart: one scenario's extra phrases are not another's", () => {
    const pump = createClassifier(extension('propose_solution', 'zh', '換過一個新水泵'));
    const lift = createClassifier(extension('propose_solution', 'zh', '升降機即刻復修'));
    expect(pump('我幫您換過一個新水泵').acts).toContain('propose_solution');
    expect(pump('換過一個新水泵').acts).toContain('propose_solution');
    expect(lift('換過一個新水泵').acts).not.toContain('propose_solution');
    expect(lift('升降機即刻復修').acts).toContain('propose_solution');
  });

  it('names the pattern when an extension holds an invalid regex', () => {
    expect(() => createClassifier(extension('thank', 'en', '(unclosed'))).toThrow(/test\/thank\/en\/1: invalid pattern "\(unclosed"/);
  });
});

describe('lexicon extensions are folded like replies', () => {
  it('matches an English pattern written with a contraction', () => {
    const classify = createClassifier(extension('take_ownership', 'en', "I'm on it"));
    expect(classify("Don't worry, I'm on it.").acts).toContain('take_ownership');
  });

  it('keeps a Simplified character that OpenCC would misread in isolation (么 is not 幺)', () => {
    const classify = createClassifier(extension('lecture', 'zh', '这(么|样)笨'));
    expect(classify('你怎麼這麼笨').acts).toContain('lecture');
  });
});

describe('sarcasm', () => {
  it.each([
    ['好啦好啦,全部都係我哋錯啦,滿意未?', 'premature_liability'],
    ['行行行,你说的都对', 'paraphrase'],
    ["fine, it's all our fault, happy now?", 'premature_liability'],
    ["Fine, it's all our fault. Happy now?", 'premature_liability'],
    ['好啦,全部都係我哋錯。滿意未?', 'premature_liability'],
    ["Oh I'm so sorry our free parking isn't up to your standards", 'apologize'],
    ['哎呀真对不起,让您这种贵宾等了五分钟呢。', 'apologize'],
    ['對唔住囉,我哋間餐廳配唔起你吖嘛。', 'apologize'],
    ['谢谢您啊,一个差评教我做人。', 'thank'],
    ['Thank you SO much for shouting at me, really makes my day.', 'thank'],
    ["Oh absolutely, I'll make sure it never rains on your delivery day again.", 'overpromise'],
    ['Sure, I\'ll get the CEO to personally drive the parcel to your door. Anything else?', 'propose_solution'],
  ])('reads "%s" as mockery (lecture), not as %s', (reply, notMove) => {
    const r = classifyReply(reply);
    expect(r.acts).toContain('lecture');
    expect(r.acts).not.toContain(notMove);
  });

  it('leaves a sincere apology alone when the mockery is in another sentence', () => {
    expect(classifyReply('真係對唔住,要你等咗咁耐。').acts).toContain('apologize');
    expect(classifyReply('让你等这么久,委屈你了。').acts).not.toContain('lecture');
    expect(classifyReply("I'm so sorry the storm delayed your delivery; I'll rebook it for tomorrow morning.").acts).toEqual(expect.arrayContaining(['apologize']));
    expect(classifyReply('这次的服务真的配不上您对我们的信任,我向您道歉').acts).not.toContain('lecture');
  });

  it('reads a sarcastic "yes, we did it on purpose" as mockery and as arguing, in English and Chinese', () => {
    for (const reply of ['Yes, because we obviously broke it on purpose just to annoy you.', '係呀,我哋特登整壞你部電話嚟玩你㗎。', '是啊,我们物业就是专门跟您一家过不去。']) {
      expect(classifyReply(reply).acts, reply).toEqual(expect.arrayContaining(['lecture', 'argue']));
    }
  });
});
