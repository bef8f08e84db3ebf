// The forbidden-phrase lists of docs/training-model.md#forbidden-phrases: every phrase, in its variants, with the trainee's own
// words reported and a better phrasing in the reply's language.
import { describe, expect, it } from 'vitest';
import data from '../data/forbidden-phrases.json' with { type: 'json' };
import { classifyReply } from '../classify.ts';
import { isHarmful, isMoveId } from '../moves.ts';
import type { ForbiddenData } from './forbidden.types.ts';

const ids = (text: string) => classifyReply(text).forbidden.map((f) => f.id);

describe('forbidden phrase data', () => {
  const d = data as ForbiddenData;
  it('shows every listed phrase and its better phrasing as words a trainee can read: no markup or raw placeholder (the deck\'s ** blank is ××/X)', () => {
    const shown = d.phrases.flatMap((p) => [...Object.values(p.phrase), ...Object.values(p.better)]);
    expect(shown.filter((text) => /[*_{}<>]/.test(text))).toEqual([]);
    expect(classifyReply('你要去工程部，這不是我們的事。').forbidden[0]?.phrase).toBe('你要去××部，這不是我們的事。');
  });

  it('has the three lists with 10, 8 and 10 phrases, each trilingual with a better phrasing', () => {
    const count = (list: string) => d.phrases.filter((p) => p.list === list).length;
    expect([count('ten-forbidden'), count('angry-customer'), count('service-mistakes')]).toEqual([10, 8, 10]);
    for (const p of d.phrases) {
      expect(isMoveId(p.implies), p.id).toBe(true);
      for (const l of ['zh-Hant', 'zh-Hans', 'en'] as const) {
        expect(p.phrase[l], `${p.id} phrase ${l}`).toBeTruthy();
        expect(p.better[l], `${p.id} better ${l}`).toBeTruthy();
      }
      expect(p.match.zh?.length, `${p.id} zh patterns`).toBeGreaterThan(0);
      expect(p.match.en?.length, `${p.id} en patterns`).toBeGreaterThan(0);
    }
  });

  it('gives every better phrasing clean of forbidden phrases itself', () => {
    for (const p of d.phrases) for (const l of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      expect(classifyReply(p.better[l]).forbidden, `${p.id} ${l}: ${p.better[l]}`).toEqual([]);
    }
  });
});

describe('matching the listed phrases', () => {
  it('matches every listed Chinese phrase as written (alternations expanded)', () => {
    for (const p of (data as ForbiddenData).phrases) {
      const variants = p.phrase['zh-Hant'].replace('**', '工程').split('/');
      for (const v of variants) {
        const text = v.replace(/\([^)]*\)/g, '');
        expect(ids(text), `${p.id}: ${text}`).toContain(p.id);
      }
    }
  });

  it('matches a Traditional phrase typed in Simplified, with other punctuation, spaces and 您', () => {
    expect(ids('公司的规定就是这样的')).toContain('ten-forbidden/08');
    expect(ids('公司的 規定 就是 這樣的!!')).toContain('ten-forbidden/08');
    expect(ids('您別激動')).toContain('angry-customer/06');
    expect(ids('你別激動。')).toContain('angry-customer/06');
  });

  it('reads ** as any department and expands 中(英)文 and 聯系(通知)', () => {
    expect(ids('你要去管理部,這不是我們的事。')).toContain('ten-forbidden/04');
    expect(ids('您要去售後部')).toContain('ten-forbidden/04');
    expect(ids('你看不懂英文嗎?')).toContain('ten-forbidden/09');
    expect(ids('你看不懂中文嗎?')).toContain('ten-forbidden/09');
    expect(ids('改天再通知你。')).toContain('ten-forbidden/10');
    expect(ids('改天再联系您。')).toContain('ten-forbidden/10');
  });

  it('matches the English translations', () => {
    expect(ids('Calm down.')).toContain('angry-customer/08');
    expect(ids("That's company policy.")).toContain('ten-forbidden/08');
    expect(ids("I don't know.")).toContain('service-mistakes/01');
    expect(ids("It's not my fault.")).toContain('service-mistakes/09');
    expect(ids('You need to go to the finance department.')).toContain('ten-forbidden/04');
  });

  it('reports the matched words exactly as typed, the phrase in the reply\'s script, and a better phrasing', () => {
    const text = '好的,您別激動,我們慢慢談。';
    const [hit] = classifyReply(text).forbidden;
    expect(hit).toMatchObject({ list: 'angry-customer', matched: '您別激動', phrase: '你別激動', implies: 'dismiss_emotion', source: '000_08713545b2ee6cbf.txt' });
    expect(text.slice(hit!.start, hit!.end)).toBe('您別激動');
    expect(hit!.better).toMatch(/換作是我/);
    expect(classifyReply('你别激动').forbidden[0]?.phrase).toBe('你别激动');
    expect(classifyReply("Don't get so worked up").forbidden[0]?.phrase).toBe("Don't get worked up");
  });

  it('does not flag a phrase the trainee quotes from someone else', () => {
    expect(ids('所以保安跟您說「公司的規定就是這樣的」,對嗎?')).toEqual([]);
    expect(ids('So the hotline just said "I don\'t know" and hung up, correct?')).toEqual([]);
  });

  it('does not flag the decks\' better answer "not sure, but I can help"', () => {
    expect(ids('我不太清楚,但我可以幫您查一下。')).toEqual([]);
    expect(ids("I'm not really sure, but I can find out for you.")).toEqual([]);
  });

  it('flags 我不知道 even when a promise follows, but reads the promise, not a vague answer (lex18)', () => {
    for (const text of ["I don't know the answer, but I'll find out and call you by 3.", '我唔知呀,不過我會幫你問清楚,今晚八點前覆你']) {
      const r = classifyReply(text);
      expect(r.forbidden.map((f) => f.id), text).toEqual(['service-mistakes/01']);
      expect(r.acts, text).toContain('commit_followup');
      expect(r.acts, text).not.toContain('vague');
    }
    expect(classifyReply("dont know the details sorry, try the shop").acts).toContain('vague');
  });

  it('flags 我不知道 and 你去找**部 typed on a phone without a subject or a 要 (lex18)', () => {
    expect(ids('不知道哦,你问下物业吧')).toEqual(['service-mistakes/01']);
    expect(ids('你去問下財務部啦,我哋唔處理呢啲')).toEqual(['ten-forbidden/04']);
    expect(ids('呢啲唔係我哋department嘅嘢,你搵IT啦')).toEqual(['ten-forbidden/04']);
    for (const text of ['不知道您方便留个电话吗?', '我帮你去找售后部问一下,稍后回复你', '不用您去找别的部门,工程部那边我来联系', "I don't know about you, but I'd be furious too"]) {
      expect(ids(text), text).toEqual([]);
    }
  });

  it('tells 這不是我的錯 (a listed phrase) from 這不是您的錯 (exoneration)', () => {
    expect(ids('這不是我的錯。')).toContain('service-mistakes/09');
    expect(ids('這絕對不是您的錯。')).toEqual([]);
  });

  it('does not flag a listed wording the trainee says they will not say, that is negated or only supposed', () => {
    expect(ids("我不会跟您说这不可能,您手上的小票就说明了问题")).toEqual([]);
    expect(ids('不用您再去找别的部门了,我来协调')).toEqual([]);
    expect(ids('唔使你再打去其他部門,我幫你聯絡工程部')).toEqual([]);
    expect(ids('不是說公司的規定就是這樣,而是這個零件真的停產了')).toEqual([]);
    expect(ids('我没有说您不知道,我是怕说明书写得不清楚')).toEqual([]);
    expect(ids('如果您看不懂英文說明,我幫您逐項翻譯。')).toEqual([]);
    expect(ids("You don't have to calm down for me to help you.")).toEqual([]);
    expect(ids('you should not have been left on hold for forty minutes')).toEqual([]);
  });

  it('does not flag "you should" inside a comparison that takes her side (blind t27-40), and still flags the instruction', () => {
    expect(ids("You've been far more patient than you should ever have had to be.")).toEqual([]);
    expect(ids('You waited longer than you should have, and I am sorry.')).toEqual([]);
    expect(ids('You should have kept the receipt.')).toEqual(['angry-customer/03']);
  });

  it('flags the listed sentence, not its synonyms (the harmful move is still read)', () => {
    for (const text of ['便宜沒好貨嘛', '您是不是記錯時間了?', '大姐您别嚷嚷了', '唔關你事呀,係我哋出錯,對唔住']) {
      expect(ids(text), text).toEqual([]);
      expect(classifyReply(text).acts.length, text).toBeGreaterThan(0);
    }
    expect(ids('你平靜一點')).toContain('angry-customer/08');
    expect(ids('請在旁邊等候')).toContain('service-mistakes/10');
    expect(ids("I don't like that you had to chase us three times")).toEqual([]);
  });

  // docs/training-model.md#forbidden-phrases: a close variant of a listed phrase — the same words with the same meaning, one character or
  // a code-switched word apart — is the phrase; a near-miss that means something else is not (above).
  it('flags close variants of a listed phrase: 冷靜 for 平靜, 唔關我事 for 不是我們的事, 唔太sure for 不太清楚', () => {
    for (const text of ['冷靜冷靜,先聽我講', '您冷静点哈', '你冷靜啲先啦', '麻煩您先冷靜下來']) expect(ids(text), text).toEqual(['angry-customer/08']);
    for (const text of ['上一班的人交接没做好,不关我的事', '呢個唔關我哋事,你去搵管理處', 'really not our problem lah']) expect(ids(text), text).toEqual(['ten-forbidden/04']);
    for (const text of ['我唔係好 sure 喎', '我唔太sure', '我不太肯定']) expect(ids(text), text).toEqual(['ten-forbidden/05']);
    // …and the negated or exonerating forms stay clean.
    for (const text of ['我不是要你冷靜一下,你有權嬲', '我唔會叫你冷靜,換邊個都會嬲', "It's not your problem, it's ours.", '我唔係好sure,不過我即刻幫你查']) expect(ids(text), text).toEqual([]);
  });

  it('implies the harmful move of the phrase', () => {
    expect(classifyReply('你不要叫。').acts).toContain('dismiss_emotion');
    expect(classifyReply('你要知道,一分錢一分貨。').acts).toContain('lecture');
  });

  // lex12 (blind10's misses, by construction): a unit named between 不是我們 and 的事, 冇可能 for 不可能, Cantonese
  // 啲 typed "d", "policy … that's just how it is", shouting named with where it happens.
  it('finds close variants of listed phrases', () => {
    const ids = (t: string) => classifyReply(t).forbidden.map((h) => h.id);
    expect(ids('這個我們沒辦法處理喔,您要去找原廠,不是我們門市的事')).toContain('ten-forbidden/04');
    expect(ids('先生呢個真係冇可能㗎')).toContain('angry-customer/05');
    expect(ids('你冷靜d啦,咁樣嗌都冇用架')).toContain('angry-customer/08');
    expect(ids('look the policy is no refunds after 14 days thats just how it is')).toContain('ten-forbidden/08');
    expect(ids('你唔好再喺大堂度嗌啦')).toContain('angry-customer/07');
    expect(ids('这么简单的操作,小孩子都会吧')).toContain('ten-forbidden/01');
  });

  // lex13: a close paraphrase that keeps the meaning of a listed sentence is that sentence (two blind writers labelled
  // these so): not under my charge / not my department for 這不是我們的事, a rule restated as itself for 公司的規定就是這樣的.
  it('flags paraphrases that keep the meaning: 不歸我管, "not my department", "policy is policy"', () => {
    const ids = (t: string) => classifyReply(t).forbidden.map((h) => h.id);
    for (const text of ['呢啲唔歸我管', '这事不归我管', '這不歸我們部門管', '亲,这个不归我们店管哦', "That's not our department's job.", "So sorry, it isn't really our department.", "It's not my department, so I can't take this on."]) {
      expect(ids(text), text).toEqual(['ten-forbidden/04']);
    }
    for (const text of ["Policy is policy, ma'am.", '規定就係規定,冇得改', '规定就是规定', '制度就是制度,谁来都一样', "I'm afraid company policy is company policy.", 'Rules are rules, sorry.']) {
      expect(ids(text), text).toEqual(['ten-forbidden/08']);
    }
  });

  it('keeps the true near-misses clean: taking it on, a department named to help, a rule followed by what can be done', () => {
    const ids = (t: string) => classifyReply(t).forbidden.map((h) => h.id);
    for (const text of [
      '这事归我管了,我跟到底', '呢件事歸我負責,我會跟到底', "I'll put you through to billing and stay on the line.", '我幫你轉去工程部,我喺線上等埋',
      'Our department will sort this out today.', '規定係規定,但我可以幫你申請特別處理', 'Rules are rules, but let me ask my manager what we can do.',
      '所以前台同你講「呢啲唔歸我哋管」,跟住就收線,係咪?',
    ]) expect(ids(text), text).toEqual([]);
  });
});

describe('the better phrasing offered for "You should have"', () => {
  // It used to open with "Next time this way may be easier", naming no way: now it helps first, then offers the way.
  const should = (data as ForbiddenData).phrases.find((p) => p.id === 'angry-customer/03')!;
  it.each([['en'], ['zh-Hant'], ['zh-Hans']] as const)('%s: reads as doing something for the customer, with nothing harmful or forbidden in it', (locale) => {
    const reading = classifyReply(should.better[locale], { locale });
    expect(reading.forbidden).toEqual([]);
    expect(reading.acts.filter((a) => isHarmful(a))).toEqual([]);
    expect(reading.acts.length).toBeGreaterThan(0);
    // It helps now, before any advice for next time (the advice alone would read as a lecture).
    expect(should.better[locale].search(/\bnow\b|這次|这次/i)).toBeLessThan(should.better[locale].search(/next time|下次/i));
  });
});
