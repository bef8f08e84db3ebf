// scen15ii (a new user's play-through): a reply passing him on ("Leaks between flats are the maintenance contractor's job,
// you'll need to call them directly.") drew two reactions glued into one turn — "So what are you actually going to do? Spell
// it out. Passing the buck again!…": the remark on a reply with nothing behind it, then his reaction to being passed on. A
// reply that harms him is answered by his reaction to it (lines.ts), not by a push for substance first. Three languages.
import { describe, expect, it } from 'vitest';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';
import type { Locale } from '../reply/reply.types.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { remark } from './remarks.ts';

const resident = shipped('angry-resident');
const play = shippedPlayer('angry-resident');
const REPLIES: Record<Locale, string[]> = {
  en: [
    "I'm really sorry, Mr Chan. A week of water coming through your ceiling after calling twice — that's awful, and we let you down.",
    "Leaks between flats are the maintenance contractor's job, you'll need to call them directly.",
    'You need to understand that we manage 400 flats and there is a procedure to follow for every repair.',
  ],
  'zh-Hant': ['陳生，真係好對唔住，漏咗成個禮拜，打咗兩次電話都冇人嚟，我哋做得唔好。', '單位之間漏水係維修承辦商嘅事，你要自己直接打俾佢哋。', '你要明白，我哋管理四百個單位，每單維修都有程序要跟。'],
  'zh-Hans': ['陈先生，真的很对不起，漏了一个星期，打了两次电话都没人来，是我们做得不好。', '楼上楼下漏水是维修承包商负责的，您得自己直接打给他们。', '您要明白，我们管理四百个单位，每个维修都有程序要走。'],
};

describe('a reply that harms him gets one reaction, not a push for substance glued before it (scen15ii)', () => {
  for (const locale of ['en', 'zh-Hant', 'zh-Hans'] as Locale[]) {
    it(`${locale}: passed on, then lectured — he reacts to that, and "what are you actually going to do?" is not said first`, () => {
      const run = play(locale, REPLIES[locale]);
      const hollow = [...remark(resident, 'whatExactly'), ...remark(resident, 'noSubstance')].map((l) => l[locale]);
      for (const turn of [2, 3]) {
        const t = run.sim.turns[turn - 1]!;
        expect(t.signals).toContain('provoked');
        const words = t.customer.map((c) => c[locale]);
        expect(words.length).toBeGreaterThan(0);
        for (const h of hollow) expect(words).not.toContain(h);
      }
    });
  }
});
