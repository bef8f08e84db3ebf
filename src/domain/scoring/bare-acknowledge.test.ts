// scen15gg (blind t35-02, t35-23, t35-30, and play-throughs): a bare 「好的，」／「嗯，」／"OK." in front of the questions was read
// as acknowledge and credited as meeting her feeling, so the cold questions after it were never charged as facts first
// (t35-23 resolved at 77 with emotion-first 100: "OK. Which mailboxes exactly…?" then more questions, then thanks).
// A feeling move counts only in words of its own; a bare token acknowledges nothing of hers.
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { EARLY, rule } from './rules/feelings-first.ts';
import { pointsOf } from './test-support/score-plays.ts';

const s = shipped('airport-bus-refund');
const read = createReader(s);
const plays = (locale: Locale, texts: string[]) => texts.map((text) => ({ text, analysis: read(text, { locale }) }));
const points = (locale: Locale, texts: string[]) => pointsOf(rule, plays(locale, texts), { scenario: s, locale });

const CASES: Record<Locale, { bare: string; question: string; feeling: string; feelingFirst: string }> = {
  'zh-Hans': {
    bare: '好的，请问您的订单号是多少？坐的是哪一班？',
    question: '嗯，您当时几点到的站台？',
    feeling: '梁先生，害您误了航班，实在对不起，换了谁都会很恼火。',
    feelingFirst: '明白，害您误了航班，实在对不起。请问您坐的是哪一班？',
  },
  'zh-Hant': {
    bare: '好的，請問你張車票係幾點嘅？',
    question: '嗯，你幾點到車站？',
    feeling: '梁生，搞到你趕唔切飛機，真係對唔住，換咗係我都會好嬲。',
    feelingFirst: '明白，搞到你趕唔切飛機，真係對唔住。請問你搭邊班車？',
  },
  en: {
    bare: 'OK. What time was the bus on your ticket?',
    question: 'Right. And when did you get to the stop?',
    feeling: "Mr Leung, I'm so sorry you missed your flight. Anyone would be furious.",
    feelingFirst: "I see. I'm so sorry you missed your flight. Which bus were you booked on?",
  },
};

describe('a bare acknowledgement before the questions is not the feeling met (scen15gg)', () => {
  for (const [locale, c] of Object.entries(CASES) as [Locale, (typeof CASES)[Locale]][]) {
    it(`${locale}: 「${c.bare}」 — the reader hears acknowledge, the score does not credit it`, () => {
      expect(read(c.bare, { locale }).acts).toContain('acknowledge');
      const asked = read(c.bare, { locale }).acts.filter((m) => m === 'ask_open' || m === 'ask_closed').length
        + read(c.question, { locale }).acts.filter((m) => m === 'ask_open' || m === 'ask_closed').length;
      expect(asked).toBeGreaterThanOrEqual(2);
      expect(points(locale, [c.bare, c.question, c.feeling])).toBeLessThanOrEqual(2 * EARLY.ask_open!);
    });
    it(`${locale}: a token followed by words for her feeling still meets it first: 「${c.feelingFirst}」`, () => {
      expect(points(locale, [c.feelingFirst, c.question])).toBe(0);
    });
  }
});
