// Once the angry resident has accepted the plumber today and his damage question is answered, a closing that thanks him
// and says sorry once more is not "just sorry with nothing done": he does not answer it with "I've heard enough sorries,
// I need someone to fix it" — someone is already coming, and he said yes to it (scen15aa; blind t26-27's closing drew that
// line after a visit at 4 pm was accepted). Before the plan is accepted, the third sorry still draws the remark.
// Played with the real reader, in three languages.
import { describe, expect, it } from 'vitest';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';
import type { Locale } from '../reply/reply.types.ts';

const play = shippedPlayer('angry-resident');

// Two sorries while hearing him out, the plumber today (accepted), the damage made good: then a closing with a third sorry.
const accepted: Record<Locale, string[]> = {
  en: [
    "Mr Chan, I'm so sorry — a week of water through your ceiling and two calls with nobody coming. I'd be furious too.",
    "I've got both your calls here and nobody followed them up. I'm sorry, that's on us. How bad is it now?",
    "Here's what I'll do now: our plumber comes up to your flat at 4 this afternoon, and we'll check the flat above so you don't have to chase the neighbours.",
    "Whatever the water has spoiled in your bathroom, we'll put it right at our cost once the leak is stopped.",
  ],
  'zh-Hans': [
    '陈先生，真的很抱歉，漏了一个星期的水，打了两次电话都没人来，换作是我也会非常生气。',
    '我查了记录，您上周打来两次都没人跟进，对不起，这是我们的失职。现在浴室漏得怎么样？',
    '我现在就安排：今天下午四点让维修师傅上门查看，同时由我们去联系楼上单位查水源，不用您自己去找。',
    '被水泡坏的地方，等漏水修好以后由我们负责修好，不用您出钱。',
  ],
  'zh-Hant': [
    '陳生，真係好對唔住，漏咗成個禮拜水，打咗兩次電話都冇人嚟，換轉係我都會好嬲。',
    '我睇到你上個禮拜打過兩次嚟，冇人跟進，對唔住，係我哋做得唔好。而家浴室漏成點？',
    '我而家即刻安排：今日下晝四點叫師傅上你屋企睇，同時我哋聯絡樓上單位查水源，唔使你自己去搵。',
    '浸壞咗嘅天花同盞燈，搵到漏水源頭之後我哋負責幫你執返好，唔使你俾錢。',
  ],
};
const closing: Record<Locale, string> = {
  en: 'Thank you for coming in to tell us, Mr Chan, and sorry again for all of this.',
  'zh-Hans': '谢谢您专门过来告诉我们，陈先生，这次真的对不起。',
  'zh-Hant': '多謝你專登上嚟話我哋知，陳生，今次真係對唔住。',
};
const sorriesHeard = /enough sorries|say sorry|听够了|说了好几次对不起|聽夠喇|講咗幾次對唔住/;

describe('a plan he has accepted is remembered when the trainee says sorry once more', () => {
  it.each(['en', 'zh-Hans', 'zh-Hant'] as const)('%s: the closing sorry after the accepted plumber draws no "I need someone to fix it"', (locale) => {
    const run = play(locale, [...accepted[locale], closing[locale]]);
    expect(run.sim.solutionAccepted, locale).toBe(true);
    const last = run.sim.turns[run.sim.turns.length - 1]!;
    expect(last.customer.map((c) => c[locale]).join(' ')).not.toMatch(sorriesHeard);
    expect(last.signals).not.toContain('apology-repeated');
  });

  it.each(['en', 'zh-Hans', 'zh-Hant'] as const)('%s: before any plan, the third sorry still draws the remark', (locale) => {
    const run = play(locale, [accepted[locale][0]!, accepted[locale][1]!, closing[locale]]);
    expect(run.sim.turns[run.sim.turns.length - 1]!.signals).toContain('apology-repeated');
  });
});
