// scen15hh (blind t37-05 and a new user's play-through): the customer answered questions nobody asked. "Let me make sure I
// have this right: … Is that right?", "Does 3 o'clock suit you?" and "Is there anything else you'd like us to do?" all drew
// "That's everything I know. Now it's your turn to do something." — a reply to a request for more of his story that was not
// made; and a read-back asked as one question (即係…冇人嚟？) was taken as asking again about what he told. Played here with the
// real reader, in the three languages.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { readingOf } from '../scenario/test-support/keyword-classifier.ts';
import { remark } from './remarks.ts';
import { simulateTurn } from './simulate-turn.ts';

const resident = shipped('angry-resident');
const read = createReader(resident);
const play = (locale: Locale, replies: string[]) => runDrill(resident, replies, { read, locale, seed: baseSeed(resident) });
const said = (run: ReturnType<typeof play>, locale: Locale, turn: number) => run.sim.turns[turn - 1]!.customer.map((c) => c[locale]);
const nothingMore = remark(resident, 'nothingMore');

// He is heard, then asked about what is left, until he has told everything (three replies).
const HEARD: Record<Locale, string[]> = {
  'zh-Hant': ['陳生，真係對唔住，漏水漏咗成個禮拜都冇人理，換咗係我都會好嬲。你慢慢講，我聽緊。', '而家浴室情況點？你之前打過幾多次電話嚟？', '樓上單位你有冇試過搵佢哋？係幾時開始漏？'],
  'zh-Hans': ['陈先生，真的很对不起，漏水漏了一个星期都没人管，换了是我也会很生气。您慢慢说，我在听。', '现在浴室情况怎么样？您之前打过几次电话来？', '楼上那户您有没有找过他们？是什么时候开始漏的？'],
  en: ["Mr Chan, I'm so sorry. A leak for a whole week and nobody came — I'd be angry too. Tell me everything, I'm listening.", "What's it like in the bathroom now, and how many times did you ring us?", 'Have you tried the flat upstairs? And when did it start?'],
};
const READ_BACK: Record<Locale, string> = {
  'zh-Hant': '即係你浴室天花漏咗成個禮拜，打咗兩次電話都冇人嚟，啱唔啱？',
  'zh-Hans': '就是说您浴室天花板漏了一个星期，打了两次电话都没人来，对吗？',
  en: 'Let me make sure I have this right: water has been coming through your bathroom ceiling for a week, you phoned us twice and nobody came. Is that right?',
};
const ONE_QUESTION_READ_BACK: Record<Locale, string> = {
  'zh-Hant': '即係你浴室天花漏咗成個禮拜，打咗兩次電話都冇人嚟？',
  'zh-Hans': '您浴室天花板漏了一个星期，打了两次电话都没人来？',
  en: 'So your bathroom ceiling has leaked for a week and you phoned us twice with nobody coming?',
};
const ASKED_AGAIN: Record<Locale, string> = {
  'zh-Hant': '你之前打過幾多次電話嚟？',
  'zh-Hans': '您之前打过几次电话来？',
  en: 'How many times did you ring us?',
};
const PLAN: Record<Locale, string> = {
  'zh-Hant': '係我哋做得唔好，由而家起我親自跟。今日下晝三點我同維修師傅上嚟 11B，再一齊上樓上搵漏水源頭。',
  'zh-Hans': '是我们做得不好，从现在起我亲自跟进。今天下午三点我和维修师傅上来 11B，再一起去楼上找漏水源头。',
  en: "That's our failure, and from now on I'm handling this myself. I'll bring our technician up to 11B at 3 o'clock this afternoon, and we'll go to the flat upstairs together to find the source.",
};
const PLAN_QUESTIONS: Record<Locale, string[]> = {
  'zh-Hant': ['三點你方唔方便？定係今日另一個時間好啲？', '你仲有冇其他想我哋做嘅？'],
  'zh-Hans': ['三点您方便吗？还是今天别的时间更好？', '您还有没有别的希望我们做的？'],
  en: ["Does 3 o'clock suit you, or is there a better time today?", "Is there anything else about this you'd like us to do?"],
};
const TELL_MORE: Record<Locale, string> = {
  'zh-Hant': '仲有冇其他情況要補充？',
  'zh-Hans': '还有没有其他情况要补充？',
  en: 'Is there anything else I should know?',
};

describe('the customer answers what was asked (scen15hh, blind t37-05)', () => {
  for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as Locale[]) {
    const nothingMoreWords = nothingMore.map((l) => l[locale]);

    it(`${locale}: asked to confirm his story read back, he says yes first, then pushes on — never "that's everything I know"`, () => {
      const run = play(locale, [...HEARD[locale], READ_BACK[locale]]);
      expect(run.sim.factsKnown).toHaveLength(resident.facts.length);
      const words = said(run, locale, 4);
      expect(words[0]).toBe({ 'zh-Hant': '係，冇錯。', 'zh-Hans': '对，没错。', en: "Yes, that's right." }[locale]);
      expect(words.length).toBeGreaterThan(1);
      for (const w of nothingMoreWords) expect(words).not.toContain(w);
      expect(run.sim.turns[3]!.signals).not.toContain('asked-again');
    });

    it(`${locale}: a read-back asked as one question is not asking again, even unheard as a paraphrase; one thing asked about is`, () => {
      const heard = play(locale, [...HEARD[locale]]).sim;
      // The play-through's reading: one closed question over the whole read-back, no paraphrase heard in it.
      const text = ONE_QUESTION_READ_BACK[locale];
      const asked = readingOf(['ask_closed'], { facts: ['damage', 'reports'] });
      const readBack = simulateTurn(resident, heard, text, { ...asked, locale, evidence: [{ move: 'ask_closed', rule: 'ask_closed/question', start: 0, end: text.length }] });
      expect(readBack.turns.at(-1)!.signals).not.toContain('asked-again');
      const one = ASKED_AGAIN[locale];
      const again = simulateTurn(resident, heard, one, { ...readingOf(['ask_closed'], { facts: ['reports'] }), locale, evidence: [{ move: 'ask_closed', rule: 'ask_closed/question', start: 0, end: one.length }] });
      expect(again.turns.at(-1)!.signals).toContain('asked-again');
    });

    it(`${locale}: a read-back asked as one question is not asking again; a question about one thing he told is`, () => {
      const readBack = play(locale, [...HEARD[locale], ONE_QUESTION_READ_BACK[locale]]);
      expect(readBack.sim.turns[3]!.signals).not.toContain('asked-again');
      const again = play(locale, [...HEARD[locale], ASKED_AGAIN[locale]]);
      expect(again.sim.turns[3]!.signals).toContain('asked-again');
    });

    it(`${locale}: a question about the plan on the table is not a request for more of his story`, () => {
      for (const question of PLAN_QUESTIONS[locale]) {
        const run = play(locale, [...HEARD[locale], PLAN[locale], question]);
        for (const w of nothingMoreWords) expect(said(run, locale, 5)).not.toContain(w);
      }
    });

    it(`${locale}: asked to tell more once he has told it all, he says so`, () => {
      const run = play(locale, [...HEARD[locale], TELL_MORE[locale]]);
      expect(said(run, locale, 4).some((w) => nothingMoreWords.includes(w))).toBe(true);
    });
  }
});
