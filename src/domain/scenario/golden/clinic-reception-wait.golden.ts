// Golden transcripts for scenarios/clinic-reception-wait.json (docs/training-model.md#complaint-types: passive grumbling — the quiet customer who
// leaves if ignored; docs/training-model.md#personalities, docs/training-model.md#attitudes: a dove, confused and needing; a Taiwan clinic, so the customer speaks Taiwanese Mandarin).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    "林阿嬤，真的很抱歉，讓您等了兩個小時，也沒有人跟您說一聲。您先坐，我在這裡陪您。",
    "等這麼久又不知道為什麼，換作是我也會很著急、很不安。您慢慢說，我在聽。",
    "您今天是幾點的預約？身體有沒有哪裡不舒服？",
    "我確認一下：您約兩點半、十二號，看到後面來的人先進去，才擔心被忘了，對嗎？",
    "是我們沒有說清楚：陳醫師三點被叫去處理急診，剛才先進去的是王醫師的病人。陳醫師十分鐘後回來，我安排您第一個看，五點前一定看完，這件事我負責盯著。",
    "您看這樣可以嗎？如果您比較急，我也可以請王醫師現在先幫您看。",
    "看完我親自陪您去領藥，明天上午我會打電話給您，問問頭暈有沒有好一點。謝謝您這麼體諒。",
  ],
  en: [
    "Mrs Lin, I'm so sorry you've waited two hours and nobody told you anything. Please stay seated; I'm right here.",
    "Waiting this long without knowing why would worry me too. Take your time, I'm listening.",
    "What time was your appointment, and how are you feeling?",
    "So if I've understood you: your appointment was at 2:30, number twelve, and you saw people who came later go in first, so you worried you'd been forgotten. Is that right?",
    "We should have told you: Dr Chen was called to an emergency at three, and the people who went in were Dr Wang's patients. Dr Chen is back in ten minutes; I'll make sure you're the first one in and finished before five, and I'll keep an eye on it myself.",
    "Does that work for you? If you're in a hurry, Dr Wang can see you now instead.",
    "After the doctor I'll take you to collect your medicine myself, and I'll call you tomorrow morning to see how the dizziness is. Thank you for being so patient.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'clinic-reception-wait',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        "阿嬤，醫生在忙，您再等一下就好。",
        "有叫過您的號，可能您沒聽到。",
        "今天病人很多，大家都在等，不是只有您。",
        "醫生有急診，這個我們也沒辦法。",
        "要不然您明天再來。",
      ],
      en: [
        "The doctor's busy. Just wait a bit longer.",
        "We called your number; you must have missed it.",
        "We're very busy today. Everyone's waiting, not just you.",
        "The doctor had an emergency. There's nothing we can do about that.",
        "Why not come back tomorrow?",
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][3]!, good['zh-Hant'][4]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][5]!, good['zh-Hant'][6]!],
      en: [good.en[2]!, good.en[3]!, good.en[4]!, good.en[0]!, good.en[1]!, good.en[5]!, good.en[6]!],
    },
  },
};
