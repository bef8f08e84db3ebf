// scen15ff (play-through of the built app): the customer answers only what was said. A bare 「好」 / "ok" draws a short prompt
// for substance in her voice — not her whole story, not "I haven't got time for a long speech"; a greeting alone is not warm
// words ("nice words, but what will you do?"); a lecture that blames nobody draws a reaction to being lectured, not "So now
// it's my fault?". In every shipped scenario and all three languages, through today's reader.
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import type { LocalizedText, Scenario, SimState } from '../scenario/scenario.types.ts';
import { readingOf } from '../scenario/test-support/keyword-classifier.ts';
import { shipped, SHIPPED_IDS } from '../scenario/test-support/shipped.ts';
import { remark } from './remarks.ts';
import { initialSimState, simulateTurn } from './simulate-turn.ts';
import { isBareReply } from './hollow-remark.ts';

const LOCALES: Locale[] = ['zh-Hant', 'zh-Hans', 'en'];
const BARE: Record<Locale, string[]> = { 'zh-Hant': ['好', '嗯', '收到'], 'zh-Hans': ['好', '嗯', '收到'], en: ['ok', 'OK'] };
const GREETING: Record<Locale, string[]> = {
  'zh-Hant': ['你好', '你好，我係客戶服務部嘅阿明。'],
  'zh-Hans': ['你好', '你好，我是客户服务部的小明。'],
  en: ['Hi', 'Good afternoon', 'Good afternoon, this is Sam from customer service.'],
};
const LECTURE: Record<Locale, string> = {
  'zh-Hant': '唉，個個都要排隊㗎啦，做人要有啲耐性先得㗎。',
  'zh-Hans': '哎，大家都得排队，做人要有点耐心才行嘛。',
  en: "Well, everyone has to wait their turn, you know. That's just how things work — a little patience goes a long way.",
};

const keys = (lines: readonly LocalizedText[]) => new Set(lines.map((l) => l.en));
const said = (sim: SimState) => sim.turns.at(-1)!.customer;
const play = (s: Scenario, locale: Locale, texts: string[]): SimState => {
  const read = createReader(s);
  return texts.reduce((sim, text) => simulateTurn(s, sim, text, read(text, { locale })), initialSimState(s, 1));
};
const stateLines = (s: Scenario) => keys(Object.values(s.states).flatMap((st) => [...st.lines.high, ...st.lines.mid, ...st.lines.low]));

describe('a bare acknowledgement draws a short prompt for substance (scen15ff)', () => {
  for (const id of SHIPPED_IDS) {
    it(`${id}: to 「好」 / "ok" she asks what will be done, tells no story, answers no speech`, () => {
      const s = shipped(id);
      const prompt = keys(remark(s, 'whatExactly'));
      const plain = keys(remark(s, 'unanswered').slice(0, 1));
      for (const locale of LOCALES) {
        for (const bare of BARE[locale]) {
          const once = play(s, locale, [bare]);
          expect(once.turns[0]!.factsRevealed, `${locale} ${bare}`).toEqual([]);
          if (once.turns[0]!.reaction !== null) continue; // a reaction of her own (she hears no one listening) speaks instead
          expect(said(once).map((l) => l.en).every((l) => prompt.has(l)), `${locale} ${bare}: ${said(once).map((l) => l[locale])}`).toBe(true);
          const twice = play(s, locale, [bare, bare]);
          if (twice.turns[1]!.reaction !== null || twice.turns[1]!.signals.includes('warning')) continue;
          expect(said(twice).map((l) => l.en).every((l) => plain.has(l) || prompt.has(l)), `${locale} ${bare} twice: ${said(twice).map((l) => l[locale])}`).toBe(true);
          expect(said(twice).some((l) => stateLines(s).has(l.en))).toBe(false);
        }
      }
    });
  }

  it('knows a bare token or a greeting from a reply that says something', () => {
    for (const t of ['好', '嗯。', 'ok', 'OK!', '收到', 'Hi', 'Good afternoon.', '你好', '您好！', '早晨']) expect(isBareReply(t), t).toBe(true);
    for (const t of ['好，我而家幫你查', 'ok, I will call you at three', '你好，陳太，真係對唔住', 'Hi Mrs Chan, I am so sorry', '嗯，你慢慢講']) expect(isBareReply(t), t).toBe(false);
  });
});

describe('a greeting is not warm words (scen15ff)', () => {
  for (const id of SHIPPED_IDS) {
    it(`${id}: a greeting alone never draws "nice words, but what will you do?"`, () => {
      const s = shipped(id);
      const nice = keys(remark(s, 'noSubstance'));
      for (const locale of LOCALES) {
        // After she has been heard (an apology and empathy), when a hollow reply draws her remark.
        const heard = locale === 'en' ? "I'm so sorry. That must have been really frustrating." : locale === 'zh-Hant' ? '真係好對唔住，搞到你咁嬲，換轉係我都會好唔開心。' : '真的很对不起，让您这么生气，换了是我也会很不开心。';
        for (const g of GREETING[locale]) {
          for (const before of [[], [heard]]) {
            const sim = play(s, locale, [...before, g]);
            expect(said(sim).some((l) => nice.has(l.en)), `${locale} ${before.length} ${g}: ${said(sim).map((l) => l[locale])}`).toBe(false);
          }
        }
        // On a fixed reading of a greeting alone, too (whatever the reader makes of it).
        const heardSim = play(s, locale, [heard]);
        const greeted = simulateTurn(s, heardSim, 'Good afternoon, this is Sam from customer service.', readingOf(['greet'], {}));
        expect(said(greeted).some((l) => nice.has(l.en))).toBe(false);
      }
    });
  }
});

describe('a lecture that blames nobody draws a reaction to being lectured, not to being blamed (scen15ff)', () => {
  for (const id of SHIPPED_IDS) {
    it(`${id}: 「做人要有啲耐性」 / "a little patience goes a long way" → lectured`, () => {
      const s = shipped(id);
      for (const locale of LOCALES) {
        const sim = play(s, locale, [LECTURE[locale]]);
        const turn = sim.turns[0]!;
        if (turn.analysis.acts.includes('blame_customer')) continue; // the reader's reading, not the customer's answer
        expect(turn.analysis.acts, locale).toContain('lecture');
        expect(turn.reaction, `${locale}: ${turn.analysis.acts}`).toBe('lectured');
      }
      // Blame with it: the blamed reaction answers (lobby-suggestion: brushed-off).
      const blamed = simulateTurn(s, initialSimState(s, 1), 'x', readingOf(['lecture', 'blame_customer'], {}));
      expect(blamed.turns[0]!.reaction).toBe(id === 'lobby-suggestion' ? 'brushed-off' : 'blamed');
    });
  }
});
