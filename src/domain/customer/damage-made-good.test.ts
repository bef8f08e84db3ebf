// The angry resident's "who pays for the ruined paint and light fitting?" (objection damage-cost) is answered by the damage
// made good in general words, not only by "repaint" (topic family damage-made-good, scenario/topic-families.ts): the
// briefing never mentions the damage, so a trainee meets it when he raises it and answers in his own words (scen15w;
// blind t20-06, t22-32, t23-23/24 never answer it and stay open). Played with the real reader, in three languages.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';

const resident = shipped('angry-resident');
const read = createReader(resident);
const play = (locale: Locale, replies: string[]) => runDrill(resident, replies, { read, locale, seed: baseSeed(resident) }).sim;

// Four replies that hear him out and offer the plumber today: he accepts and asks who pays for the damage.
const upTo: Record<Locale, string[]> = {
  en: [
    "Mr Chan, I'm so sorry — a week of water through your ceiling and two calls with nobody coming. I'd be furious too. Please tell me what's been happening.",
    "I've got both your calls on screen; the job was opened and never followed up, that's on us. How bad is it now?",
    'So water through the bathroom ceiling in 11B for a week, and you have had to deal with it alone. Is that right?',
    "Here's what I'll do now: our plumber comes up to your flat this afternoon, and we'll check the flat above so you don't have to chase the neighbours. What time today suits you?",
  ],
  'zh-Hans': [
    '陈先生您好，漏了一个星期的水，打了两次电话都没人来，换作是我也会非常生气，真的很抱歉。',
    '我查了记录，您上周确实打来两次，后面没人跟进，这是我们的失职。能跟我说说现在浴室漏得怎么样吗？',
    '嗯，就是浴室天花板漏水，已经一个星期了，家里用浴室都受影响，对吗？',
    '我现在就安排：今天下午四点前让维修师傅上门查看，同时由我们去联系楼上单位查水源，不用您自己去找。您今天下午方便在家吗？',
  ],
  'zh-Hant': [
    '陳生，真係好對唔住，漏咗成個禮拜水，打咗兩次電話都冇人嚟，換轉係我都會好嬲。',
    '我睇到你上個禮拜打過兩次嚟，張單開咗但冇人跟進，係我哋做得唔好。而家浴室漏成點？',
    '即係浴室天花漏咗成個禮拜水，屋企人用浴室都受影響，係咪？',
    '我而家即刻安排：今日下晝四點前叫師傅上你屋企睇，同時我哋聯絡樓上單位查水源，唔使你自己去搵。你今日下晝喺唔喺屋企？',
  ],
};

const damageCost = (locale: Locale, answer: string) => play(locale, [...upTo[locale], answer]).objections['damage-cost'];

describe('the damage made good in general words answers "who pays for it?"', () => {
  it('he raises the damage once the plumber is accepted, in every language', () => {
    for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) expect(play(locale, upTo[locale]).objections['damage-cost'], locale).toBe('open');
  });

  it.each([
    ['en', "We'll repair the ceiling and make good any damage to your flat."],
    ['en', "Whatever the water has spoiled in your bathroom, we'll put it right at our cost once the leak is stopped."],
    ['zh-Hans', '损坏的地方我们负责修好，不用您出钱。'],
    ['zh-Hans', '被水泡坏的地方，等漏水修好以后由我们负责修好。'],
    ['zh-Hant', '天花同油漆我哋一齊執返好。'],
    ['zh-Hant', '浸壞咗嘅天花同盞燈，搵到漏水源頭之後我哋負責幫你執返好。'],
    // scen15aa (blind t26-27): the damaged things looked at, sorted out or dealt with, not only repaired.
    ['en', "Whatever got damaged in the bathroom, we'll come and look at it with you once the leak is stopped and sort it out."],
    ['en', "Once the leak is fixed we'll take care of anything the water damaged."],
    ['zh-Hans', '等漏水止住以后，受损的部分我们上门跟您一起看怎么处理，费用不用您出。'],
    ['zh-Hans', '弄坏的地方我们来处理。'],
    ['zh-Hant', '漏水搞掂之後，整壞咗嘅地方我哋上嚟同你睇下點處理。'],
    ['zh-Hant', '受損嘅部分我哋會幫你搞掂佢。'],
  ] as const)('%s: %s', (locale, answer) => {
    expect(damageCost(locale, answer)).toBe('answered');
  });

  it.each([
    ['en', 'Who pays for the damage? Let me write that down.'],
    ['en', "The damage won't be covered, I'm afraid, but the plumber is coming."],
    ['zh-Hans', '损坏的地方我们没办法负责修好。'],
    ['zh-Hans', '天花板坏了谁负责修好？我记下来。'],
    ['zh-Hant', '損壞嘅嘢邊個負責整，我要問下先。'],
    ['zh-Hant', '浸壞咗嘅地方我哋冇辦法負責整返好。'],
    // …nor by asking whether anything was damaged, or by fixing only the leak.
    ['en', 'Was anything else damaged in the bathroom? We will fix the leak today.'],
    ['en', "We'll sort out the leak today; I can't say yet about the damage."],
    ['zh-Hans', '有没有弄坏什么东西？漏水我们今天处理。'],
    ['zh-Hans', '损坏的东西您自己想办法，我们只处理漏水。'],
    ['zh-Hant', '有冇整壞咗啲乜嘢？漏水我哋今日會處理。'],
    ['zh-Hant', '我哋今日會搞掂漏水，受損嘅嘢就要問下樓上。'],
  ] as const)('not answered by the damage asked back or refused — %s: %s', (locale, answer) => {
    expect(damageCost(locale, answer)).toBe('open');
  });
});
