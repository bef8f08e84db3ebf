// The customer never answers words the trainee did not say (scen15dd; two reports from a play-through of the angry
// resident in zh-Hans): (a) after a bare 「好」 she said 「说这么多好听的话有什么用？」 — no nice words had been said;
// (b) after a plan with a time and a call-back she still said 「你都还没说怎么修」. Causes, for every scenario:
// (a) patience.ts (a stalled reply) and offer.ts (a promise that names nothing) said `noSubstance` — the lines that
//     answer warm words — whatever the reply held; a reply with no warm words now gets `whatExactly` (hollow-remark.ts);
// (b) each scenario's followup-without-plan fired on `noActs: [propose_solution]`: a call-back in a later reply than
//     the plan, or with the plan read from its remedy rather than a propose_solution move, drew "you haven't said how".
//     It now needs no plan ever put forward (`neverActs`) and none on the table (`offered: false`).
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import type { SimState } from '../scenario/scenario.types.ts';
import { analysisOf, readingOf } from '../scenario/test-support/keyword-classifier.ts';
import { playTurns, shipped, SHIPPED_IDS, type Play } from '../scenario/test-support/shipped.ts';
import { initialSimState, simulateTurn } from './simulate-turn.ts';
import { DEFAULT_REMARKS } from './default-lines.ts';
import { isBareToken } from './hollow-remark.ts';
import { quotesUnsaid } from './lines.ts';
import { isEndState } from '../scenario/end-states.ts';

const LOCALES: Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
const said = (sim: SimState, locale: Locale = 'en') => sim.turns.at(-1)?.customer.map((c) => c[locale]) ?? [];
const heard: Play[] = [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']];
const today = [{ start: 0, end: 1, when: 'today' as const }];
const me = [{ start: 0, end: 1, who: 'self' as const }];
const BARE: Record<Locale, string[]> = { 'zh-Hans': ['好', '嗯', '收到', 'OK'], 'zh-Hant': ['好', '嗯', '收到', 'OK'], en: ['ok', 'OK', 'Okay.'] };

describe('a reply with no nice words is never told off for nice words (play-through report a)', () => {
  it.each(SHIPPED_IDS)('%s: a bare reply, three times after the story, never draws noSubstance', (id) => {
    const s = shipped(id);
    const warm = new Set((s.remarks?.noSubstance ?? DEFAULT_REMARKS.noSubstance).map((l) => l.en));
    let sim = playTurns(s, heard);
    for (let i = 0; i < 3 && !isEndState(sim.state); i++) {
      sim = simulateTurn(s, sim, 'ok', analysisOf());
      for (const line of said(sim)) expect(warm.has(line), line).toBe(false);
    }
  });

  it.each(LOCALES)('the angry resident in %s: 「好」, OK, 嗯, 收到 after an apology, as the reader reads them', (locale) => {
    const s = shipped('angry-resident');
    const read = createReader(s);
    const warm = new Set((s.remarks?.noSubstance ?? []).map((l) => l[locale]));
    const apology = { 'zh-Hans': '对不起，让您受累了。', 'zh-Hant': '對唔住，累你受罪。', en: "I'm sorry you've been put through this." }[locale];
    for (const bare of BARE[locale]) {
      let sim = simulateTurn(s, initialSimState(s, 1), apology, read(apology, { locale }));
      for (let i = 0; i < 2 && !isEndState(sim.state); i++) {
        sim = simulateTurn(s, sim, bare, read(bare, { locale }));
        for (const line of said(sim, locale)) expect(warm.has(line), `${bare}: ${line}`).toBe(false);
      }
    }
  });

  it('bare tokens are not nice words; "I understand" and a sentence with 好 are', () => {
    for (const t of ['好', '嗯', '收到', 'OK', 'ok', 'Okay.', '好的。', '明白', 'got it', '係']) expect(isBareToken(t), t).toBe(true);
    for (const t of ['I understand', '好的，我明白您的感受。', '真係好對唔住', 'ok, I am so sorry']) expect(isBareToken(t), t).toBe(false);
  });

  // The default remark is neutral written Chinese; a Hong Kong customer who turned to it mid-drill switched from Cantonese to
  // 「那你實際上會怎樣處理？」 (play-through). Every shipped customer asks it in their own voice.
  it.each(SHIPPED_IDS)('%s: asks "what exactly will you do" in its own voice, not the neutral default', (id) => {
    const own = shipped(id).remarks?.whatExactly ?? [];
    expect(own.length).toBeGreaterThan(0);
    for (const line of own) for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as const) expect(DEFAULT_REMARKS.whatExactly.map((l) => l[locale])).not.toContain(line[locale]);
  });

  it('a bare reply that stalls is asked what will be done (whatExactly)', () => {
    const s = shipped('angry-resident');
    let sim = playTurns(s, heard);
    sim = simulateTurn(s, sim, 'ok', analysisOf());
    sim = simulateTurn(s, sim, 'ok', analysisOf());
    const what = (s.remarks?.whatExactly ?? DEFAULT_REMARKS.whatExactly).map((l) => l.en);
    expect(sim.turns.slice(-2).some((t) => t.customer.some((c) => what.includes(c.en)))).toBe(true);
  });

  it.each(SHIPPED_IDS)('%s: warm words with nothing behind them still draw noSubstance', (id) => {
    const s = shipped(id);
    const warm = new Set((s.remarks?.noSubstance ?? DEFAULT_REMARKS.noSubstance).map((l) => l.en));
    let sim = playTurns(s, heard);
    let drew = false;
    for (let i = 0; i < 3 && !isEndState(sim.state); i++) {
      sim = simulateTurn(s, sim, ['I really do understand how you feel', 'Thank you for telling me all this', 'I hear you, truly'][i]!, analysisOf(i === 1 ? 'thank' : 'acknowledge'));
      drew ||= said(sim).some((l) => warm.has(l));
    }
    expect(drew).toBe(true);
  });

  it.each(SHIPPED_IDS)('%s: "I\'ll sort it out today and call you" naming nothing is not told off for nice words', (id) => {
    const s = shipped(id);
    const warm = new Set((s.remarks?.noSubstance ?? DEFAULT_REMARKS.noSubstance).map((l) => l.en));
    const sim = simulateTurn(s, playTurns(s, heard), 'sorted today', readingOf(['propose_solution', 'take_ownership'], { times: today, owners: me }));
    for (const line of said(sim)) expect(warm.has(line), line).toBe(false);
  });
});

describe('"you haven\'t said how" only when no plan was ever put forward (play-through report b)', () => {
  // The scenarios whose line says no plan was given ("You haven't told me how it'll be fixed", "Tell me what you'll do
  // first"); the others' lines ("Call me back? Last time you said that too", "First tell me when I'll actually get the
  // card") are fair after a plan too and keep their condition.
  const withReaction = SHIPPED_IDS.filter((id) => shipped(id).reactions.some((r) => r.id === 'followup-without-plan' && r.when.neverActs?.includes('propose_solution')));
  it('is guarded so in the six scenarios whose line says no plan was given', () => expect(withReaction).toEqual(['angry-resident', 'water-pump-runaround', 'shop-floor-outburst', 'phone-lost-warranty', 'airport-bus-refund', 'lobby-suggestion']));
  const fired = (sim: SimState) => sim.turns.at(-1)?.reaction === 'followup-without-plan';
  // "I'll call you back by 4 pm today": the time in the call-back's own clause, as the reader places them.
  const CALL = "I'll call you back by 4 pm today";
  const callBack = { ...readingOf(['commit_followup'], { times: [{ start: 19, end: 32, when: 'today' as const }], owners: [{ start: 0, end: 4, who: 'self' as const }] }), evidence: [{ move: 'commit_followup' as const, rule: 'test', start: 5, end: 13 }] };

  it.each(withReaction)('%s: a call-back after a plan already put forward never draws it', (id) => {
    const s = shipped(id);
    // The plan in an earlier reply than the call-back, heard or too early…
    const planned = playTurns(s, [...heard, { offer: ['propose_solution', 'take_ownership'] }]);
    if (!isEndState(planned.state)) expect(fired(simulateTurn(s, planned, CALL, callBack))).toBe(false);
    const tooSoon = playTurns(s, [{ offer: ['propose_solution'] }, ...heard]);
    if (!isEndState(tooSoon.state)) expect(fired(simulateTurn(s, tooSoon, CALL, callBack))).toBe(false);
  });

  it.each(withReaction)('%s: the plan read from its remedy alone, with a call-back, never draws it', (id) => {
    const s = shipped(id);
    const remedies = s.wants.remedies.filter((r) => r.verdict !== 'reject').slice(0, 1).map((r) => r.id);
    const sim = simulateTurn(s, playTurns(s, heard), 'plan and call', readingOf(['commit_followup'], { times: today, owners: me, remedies }));
    expect(fired(sim)).toBe(false);
  });

  it.each(withReaction)('%s: a call-back with no plan ever put forward still draws it', (id) => {
    const s = shipped(id);
    const sim = simulateTurn(s, playTurns(s, heard), CALL, callBack);
    expect(fired(sim)).toBe(true);
  });
});

describe('a line quoting the reply is said only when the reply said it (blind t31-06: 「盡快」即係幾時？ to a reply with no 盡快)', () => {
  it('reads the quoted words in all three languages', () => {
    const asap = { 'zh-Hant': '「盡快」即係幾時？今日定聽日？', 'zh-Hans': '“尽快”是什么时候？今天还是明天？', en: '"As soon as possible" means when? Today or tomorrow?' };
    expect(quotesUnsaid(asap, 'zh-Hant', '呢個係我哋做得唔好，真係對唔住。')).toBe(true);
    expect(quotesUnsaid(asap, 'zh-Hant', '我哋會盡快處理。')).toBe(false);
    expect(quotesUnsaid(asap, 'zh-Hans', '我们会尽快处理。')).toBe(false);
    expect(quotesUnsaid(asap, 'zh-Hans', '这是我们做得不好。')).toBe(true);
    expect(quotesUnsaid(asap, 'en', "We'll sort it out as soon as possible.")).toBe(false);
    expect(quotesUnsaid(asap, 'en', 'That was our failure.')).toBe(true);
    const tried = { 'zh-Hant': '「盡量」、「再睇睇」——我要一個實實在在嘅答覆。', 'zh-Hans': '“尽量”“再看看”——我要一个实实在在的答复。', en: "'We'll try', 'we'll see' — I want a real answer." };
    expect(quotesUnsaid(tried, 'en', "We'll see what we can do.")).toBe(false);
    expect(quotesUnsaid(tried, 'en', 'Let me check with the office.')).toBe(true);
    expect(quotesUnsaid(tried, 'zh-Hans', '我们尽量吧。')).toBe(false);
    // A line that does not open with a quote is about her own story, never checked.
    expect(quotesUnsaid({ 'zh-Hant': '佢話「兩日內」', 'zh-Hans': '他说“两天内”', en: "They said 'two days'" }, 'en', 'hello')).toBe(false);
  });

  it('the angry resident (blind t31-06, zh-Hant): ownership of the dropped reports draws no 「盡快」 on any seed', () => {
    const s = shipped('angry-resident');
    const read = createReader(s);
    const replies = [
      '陳生，真係對唔住！浴室漏咗成個禮拜水，打咗兩次電話都冇人上過嚟，換著係我都會好嬲。嚟，入嚟會客室坐低先，慢慢同我講。',
      '我喺度聽緊，你慢慢講，我一路記低。',
      '我整理一下睇啱唔啱：你上個禮拜打咗兩次電話嚟報浴室天花漏水，之後一直冇人上門跟進，而家仲係漏緊，係咪咁？',
      '我啱啱睇咗記錄，兩次電話我哋都有開單，但係之後冇人跟，呢個係我哋做得唔好，真係對唔住。想問下而家漏成點？係滴滴哋定係一路流？有冇整濕到電掣？',
    ];
    const asap = s.remarks!.askWhen!.find((l) => l['zh-Hant'].startsWith('「盡快」'))!;
    let asked = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const sim = replies.reduce((m, r) => simulateTurn(s, m, r, read(r, { locale: 'zh-Hant' })), initialSimState(s, seed));
      expect(said(sim, 'zh-Hant')).not.toContain(asap['zh-Hant']);
      if (said(sim, 'zh-Hant').some((l) => (s.remarks!.askWhen ?? []).some((a) => a['zh-Hant'] === l))) asked++;
    }
    // She still asks when — in words that quote nothing.
    expect(asked).toBeGreaterThan(0);
  });

  it.each(SHIPPED_IDS)('%s: askWhen never quotes words the reply did not say, on any seed', (id) => {
    const s = shipped(id);
    const quoting = (s.remarks?.askWhen ?? []).filter((l) => /^\s*[「“"‘']/u.test(l.en) || /^\s*[「“"‘']/u.test(l['zh-Hant']));
    for (let seed = 1; seed <= 6; seed++) {
      const sim = simulateTurn(s, playTurns(s, heard, seed), 'I will take care of this myself', readingOf(['take_ownership', 'propose_solution'], { owners: me }));
      for (const q of quoting) expect(said(sim)).not.toContain(q.en);
    }
  });
});

describe('the audit\'s one unfair reaction (scripts/audit-presupposed-lines.ts)', () => {
  it.each(LOCALES)('the lobby resident in %s: a bare first reply is not thanked for kindness; a greeting still is', (locale) => {
    const s = shipped('lobby-suggestion');
    const read = createReader(s);
    const kind = s.reactions.find((r) => r.id === 'feels-welcome')!.say![0]!;
    for (const bare of BARE[locale]) {
      const sim = simulateTurn(s, initialSimState(s, 1), bare, read(bare, { locale }));
      expect(said(sim, locale)).not.toContain(kind[locale]);
    }
    const hello = { 'zh-Hant': '區太你好，多謝你專登過嚟講。', 'zh-Hans': '区太太您好，谢谢您特地过来说。', en: 'Good morning, Mrs Au, thank you for coming to tell us.' }[locale];
    const greeted = simulateTurn(s, initialSimState(s, 1), hello, read(hello, { locale }));
    expect(greeted.turns.at(-1)?.reaction).toBe('feels-welcome');
  });
});
