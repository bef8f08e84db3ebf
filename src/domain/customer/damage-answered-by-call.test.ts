// scen15gg (blind t35-04): "Who pays for the ruined paint and the lamp?" answered with a named, dated call that says it will
// settle exactly that — 「我會先影相記錄低…今晚七點前打電話俾你，講清楚點樣維修同邊個負責」 — was met with "you haven't answered
// me" three times: he asked for something already given. An objection's answer can now name what it is about (`facts`:
// the reply names one of these facts by its topics); the angry resident's damage-cost is answered by the owner's call by
// tomorrow about the damage. A dated call that says nothing of the paint or the lamp (blind t22-32, t23-24: "I'll ring you
// tonight by 8 with what the plumber found") still leaves him asking — a fair customer keeps asking, as those rounds judged.
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { answers } from './objections.ts';

const s = shipped('angry-resident');
const read = createReader(s);
const damageCost = s.objections.find((o) => o.id === 'damage-cost')!;
const answered = (text: string, locale: Locale) => damageCost.answeredBy.some((a) => answers(read(text, { locale }), a));

const NAMES_THE_DAMAGE: Record<Locale, string> = {
  'zh-Hant': '你問天花啲油同浸壞咗嘅嘢點算，好合理。我會先影相記錄低，等師傅搵到源頭，今晚七點前打電話俾你，講清楚點樣維修同邊個負責。',
  'zh-Hans': '天花的油漆和泡坏的灯谁来负责，您问得很合理。我先拍照记录，等师傅找到源头，今晚七点前我给您打电话，讲清楚怎么修、谁负责。',
  en: "Fair question about the ceiling paint and the light. I'll photograph the damage now, and once the plumber finds the source I'll ring you tonight by 7 to tell you how it gets repaired and who pays.",
};
const SAYS_NOTHING_OF_IT: Record<Locale, string> = {
  'zh-Hant': '我今晚八點前打俾你，話你知師傅搵到啲咩。',
  'zh-Hans': '师傅查看之后，我今晚八点前给您回电话，告诉您原因和维修安排。',
  en: "I'm putting my own name on this job. I'll ring you tonight by 8 with what the plumber found.",
};

describe('a named, dated call about the damage answers "who pays for it?" (scen15gg, t35-04)', () => {
  for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as Locale[]) {
    it(`${locale}: the call that says it will settle the paint and the lamp answers it`, () => {
      expect(answered(NAMES_THE_DAMAGE[locale], locale)).toBe(true);
    });
    it(`${locale}: a dated call that says nothing of the damage does not`, () => {
      expect(answered(SAYS_NOTHING_OF_IT[locale], locale)).toBe(false);
    });
  }
});
