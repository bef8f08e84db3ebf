// scen15ii (a new user's play-through): "I'm sorry, that was the wrong thing to say… Is it clean water or does it smell? And
// has anyone been able to reach the flat upstairs, 12B?" drew "How many more times are you going to say sorry?…" and nothing
// about 12B, and the scorecard listed the 12B fact "Not uncovered" although it was asked: a closed question naming a fact's
// topic asks about that fact (questions.ts), and a reply that asks is answered before — here instead of — the remark on
// saying sorry again. Played with the real reader, in the three languages.
import { describe, expect, it } from 'vitest';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';
import type { Locale } from '../reply/reply.types.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { remark } from './remarks.ts';

const resident = shipped('angry-resident');
const play = shippedPlayer('angry-resident');
const upstairs = resident.facts.find((f) => f.id === 'upstairs')!;
const REPLIES: Record<Locale, string[]> = {
  en: [
    "I'm really sorry, Mr Chan. A week of water coming through your ceiling after calling twice — that's awful, and we let you down.",
    "I'm sorry we left it so long. When did it start, and how bad is it in the bathroom now?",
    "I'm sorry, you've waited a week already. Has anyone been able to reach the flat upstairs, 12B?",
  ],
  'zh-Hant': [
    '陳生，真係好對唔住，漏咗成個禮拜，打咗兩次電話都冇人嚟，我哋做得唔好。',
    '對唔住拖咗咁耐。幾時開始漏？而家浴室情況有幾差？',
    '對唔住，你已經等咗成個禮拜。有冇人聯絡到樓上 12B？',
  ],
  'zh-Hans': [
    '陈先生，真的很对不起，漏了一个星期，打了两次电话都没人来，是我们做得不好。',
    '对不起拖了这么久。什么时候开始漏的？现在浴室情况有多严重？',
    '对不起，您已经等了一个星期。有没有人联系上楼上 12B？',
  ],
};

describe('a question about a fact, in a reply that says sorry again (scen15ii)', () => {
  for (const locale of ['en', 'zh-Hant', 'zh-Hans'] as Locale[]) {
    it(`${locale}: asked whether anyone reached 12B, he tells what he knows of 12B, not how often he has heard sorry`, () => {
      const run = play(locale, REPLIES[locale]);
      const words = run.sim.turns[2]!.customer.map((c) => c[locale]);
      expect(run.sim.factsKnown).toContain('upstairs');
      expect(words).toContain(upstairs.says[locale]);
      for (const l of remark(resident, 'repeatedApology')) expect(words).not.toContain(l[locale]);
    });
  }
});
