// What she would ask, the trainee's own plan has already answered (scen15cc, blind t29-06): told "if it's coming from
// upstairs, I'll contact the owner myself", the angry resident still tells what he knows of 12B, but no longer ends with
// "You must have his number, surely?" — he does not ask for what was just said. Asked about the owner, he answers whole;
// a plan that says nothing of the owner leaves his question in.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../reply/reply.types.ts';
import { renderLines } from '../scoring/score-drill.ts';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';

const play = shippedPlayer('angry-resident');
const linesOf = (locale: Locale, replies: string[]) => {
  const run = play(locale, replies, { difficulty: 'easy' });
  return run.sim.turns.map((t) => ({ said: renderLines(t.customer, locale), facts: t.factsRevealed }));
};

const opening: Record<Locale, string> = {
  en: "Mr Chan, I'm so sorry. A week of drips and two calls with nobody turning up — I'd be furious too.",
  'zh-Hant': '陳生，真係好對唔住。漏咗成個禮拜，打咗兩次電話都冇人嚟，換著係我都會嬲。',
  'zh-Hans': '陈先生，真的很对不起。漏了一个星期，打了两次电话都没人来，换我也会生气。',
};
// The plan tells the owner upstairs in its own clause, then asks openly what else is going on.
const planTellsOwner: Record<Locale, string> = {
  en: "Here's the plan: I'll contact the owner upstairs myself today, and someone comes up to you before 3. What else has been happening?",
  'zh-Hant': '我咁安排：我今日會親自聯絡樓上業主，三點前有人上嚟睇。仲有咩情況？',
  'zh-Hans': '我这样安排：我今天会亲自联络楼上业主，三点前有人上来看。还有什么情况您跟我说说？',
};
const asksAboutOwner: Record<Locale, string> = {
  en: 'Have you been able to reach the owner upstairs? What happened when you tried?',
  'zh-Hant': '你有冇試過搵樓上業主？搵嗰陣發生咩事？',
  'zh-Hans': '您有没有试过找楼上业主？找的时候是什么情况？',
};
const hisNumber: Record<Locale, string> = { en: 'You must have his number', 'zh-Hant': '你哋應該有佢電話', 'zh-Hans': '你们应该有他的电话' };
const knocked: Record<Locale, string> = { en: "I knocked on 12B's door", 'zh-Hant': '我上去拍過 12B 度門', 'zh-Hans': '我上去敲过 12B 的门' };

describe('a question her own fact would ask, already answered by the plan', () => {
  for (const locale of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    it(`${locale}: told the owner will be contacted, he tells of 12B without asking for the number`, () => {
      const [, second] = linesOf(locale, [opening[locale], planTellsOwner[locale]]);
      expect(second!.facts).toContain('upstairs');
      expect(second!.said).toContain(knocked[locale]);
      expect(second!.said).not.toContain(hisNumber[locale]);
    });
    it(`${locale}: asked about the owner, he answers whole, the number included`, () => {
      const [, second] = linesOf(locale, [opening[locale], asksAboutOwner[locale]]);
      expect(second!.facts).toContain('upstairs');
      expect(second!.said).toContain(hisNumber[locale]);
    });
  }
});
