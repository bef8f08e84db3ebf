// scen15ff (blind t32-13, t32-32): warm words with the thing she came for promised only for "soon" are nothing offered
// (score ×0.75, under the fifty gaming must stay at), and a read-back of her records alone before any word for her feeling
// is facts first (emotion-first −25, as a question is). Fixed readings for the rules; the drills' own words, and the same in
// the other two languages, through today's reader.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import type { TurnRecord } from '../scenario/scenario.types.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { heldOffer, weighedOffer } from './evidence.ts';
import { COLD_POINTS, EARLY, rule } from './rules/feelings-first.ts';
import { scoreDrill } from './score-drill.ts';
import { pointsOf } from './test-support/score-plays.ts';

const score = (id: string, locale: Locale, replies: string[]) => {
  const s = shipped(id);
  const run = runDrill(s, replies, { read: createReader(s), locale, difficulty: 'standard', seed: baseSeed(s) });
  return { run, card: scoreDrill(run.played, { ...run, locale }) };
};

describe('a read-back alone before the feeling is facts first (scen15ff, t32-32)', () => {
  it('costs as much as a question, alone; nothing beside a feeling word, and nothing once the feeling was met', () => {
    expect(pointsOf(rule, [['paraphrase'], ['apologize', 'empathize']])).toBe(COLD_POINTS);
    expect(pointsOf(rule, [['paraphrase', 'empathize']])).toBe(0);
    expect(pointsOf(rule, [['paraphrase', 'ask_closed'], ['apologize']])).toBe(EARLY.ask_closed);
    expect(pointsOf(rule, [['apologize', 'empathize'], ['paraphrase']])).toBe(0);
  });

  const RESTAURANT: Record<Locale, string[]> = {
    'zh-Hans': [
      '您好，请问订位是用谁的名字、哪个电话订的？',
      '是哪天订的？电话订还是网上订？蛋糕是一起订的吗，付过定金没有？',
      '系统里有您的订位记录，靠窗桌，八位。蛋糕这边我还在查。',
      '麦小姐，不好意思，我光顾着查记录了。今天是您妈妈七十大寿，结果被安排在厨房门口，您肯定又生气又委屈。这里人多，我们去旁边包间坐下来慢慢谈吧。',
      '这是我们的错。我马上把您一家安排到这个包间，八个人坐得下。蛋糕我让厨房现做一个，九点前送上来，再加一份寿桃。今晚的账单给您打七折。您看这样可以吗？',
      '好的，今晚您这一桌我亲自负责。明天我会查清楚订位和蛋糕是怎么出的错，下午五点前给您打电话说明。谢谢您，麦小姐，祝老太太生日快乐。',
    ],
    'zh-Hant': [
      '你好，請問訂位係用邊個名、邊個電話訂㗎？',
      '係邊日訂㗎？電話訂定網上訂？蛋糕係咪一齊訂，俾咗訂金未？',
      '系統有你嘅訂位紀錄，窗邊檯，八位。蛋糕呢邊我仲查緊。',
      '麥小姐，唔好意思，我顧住查紀錄。今日係你媽媽七十大壽，點知俾人安排咗坐廚房門口，你一定又嬲又委屈。呢度多人，我哋去隔離房坐低慢慢傾好唔好？',
      '呢個係我哋嘅錯。我即刻安排你一家入呢間房，八個人坐得落。蛋糕我叫廚房即刻整過一個，九點前送上嚟，再加一份壽包。今晚埋單打七折。你睇咁樣得唔得？',
      '好，今晚你呢枱我親自負責。聽日我會查清楚訂位同蛋糕點解出錯，下晝五點前打電話同你解釋。多謝你，麥小姐，祝伯母生日快樂。',
    ],
    en: [
      'Good evening. Which name and phone number was the booking made under?',
      'What date did you book, and was it by phone or online? Was the cake ordered with it?',
      'Our system shows your booking: a window table for eight. I\'m still checking on the cake.',
      "Ms Mak, I'm sorry, I was so busy with the records. It's your mother's seventieth and you've been put by the kitchen door — you must be angry and hurt. It's crowded here; let's sit in the private room next door and talk.",
      "This is our fault. I'll move your family into this private room right now, it seats eight. I'll have the kitchen make a fresh cake and bring it up before nine, and tonight's bill is 30% off. Does that work for you?",
      "Right, I'll look after your table personally tonight. Tomorrow I'll find out how the booking and the cake went wrong and call you before 5 pm to explain. Thank you, Ms Mak, and happy birthday to your mother.",
    ],
  };
  for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    it(`${locale}: two questions and a read-back of her booking before her feeling score under 75, however well the rest goes`, () => {
      const { card } = score('restaurant-public-review', locale, RESTAURANT[locale]);
      expect(card.score).toBeLessThan(75);
    });
  }
});

describe('the thing she came for promised only for "soon" is nothing offered (scen15ff, t32-13)', () => {
  const turn = (signals: string[]) => ({ signals, analysis: { acts: [] } }) as unknown as TurnRecord;
  it('is weighed by her, but holds the trainee to nothing', () => {
    expect(weighedOffer(turn(['solution-no-time']))).toBe(true);
    expect(heldOffer(turn(['solution-no-time']))).toBe(false);
    for (const s of ['solution-accepted', 'solution-partial', 'solution-refused', 'solution-late', 'solution-no-owner']) expect(heldOffer(turn([s])), s).toBe(true);
  });

  const BROKEN_PROMISE: Record<Locale, string[]> = {
    'zh-Hans': [
      '李女士您好，先别站着，请坐。真的很抱歉让您失望了，两个星期没消息，换作是我心里也不舒服。',
      '我完全理解，您是为了妈妈专门来办的，结果一直等不到，心里肯定着急。',
      '您放心，您的事情我们一定会重视的，我帮您问问看是什么情况。',
      '这个卡应该很快就能办好了，我们会尽量加快的，您再稍微等等。',
      '谢谢您这么体谅我们，李女士。一有消息我们就告诉您，您慢走。',
    ],
    'zh-Hant': [
      '李小姐你好，坐低先。真係好抱歉令你失望，兩個禮拜都冇消息，換轉係我都會唔開心。',
      '我完全明白，你係為咗阿媽專登嚟辦，點知一直等唔到，一定好心急。',
      '你放心，你嘅事我哋一定會重視，我幫你問吓係咩情況。',
      '張卡應該好快就辦好，我哋會盡量加快，你再等多陣。',
      '多謝你咁體諒我哋，李小姐。一有消息我哋就通知你，慢行。',
    ],
    en: [
      "Good afternoon Ms Lee, please have a seat. I'm truly sorry — two weeks with no word after being told three days, I'd be disappointed too.",
      'I completely understand. You came in specially and then heard nothing, that must feel like nobody cares.',
      "Please don't worry, we take your case very seriously and I'll look into what's going on.",
      "The card should be ready very soon, we'll do our best to speed it up — please bear with us a little longer.",
      "Thank you so much for your patience, Ms Lee. We'll let you know as soon as there's news.",
    ],
  };
  for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    it(`${locale}: warm words, "we'll look into it" and "very soon" stay unresolved and at fifty or under`, () => {
      const { run, card } = score('broken-promise', locale, BROKEN_PROMISE[locale]);
      expect(run.outcome).not.toBe('resolved');
      expect(card.score).toBeLessThanOrEqual(50);
    });
  }
});
