// Golden transcripts for scenarios/phone-lost-warranty.json (docs/training-model.md#inbound-call: the first three seconds, confirming,
// the 24-hour call-back; the deck's own "better answer" exercises, docs/training-model.md#better-answers).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    '您好,寶輝家電客服中心,我是小林。何小姐,真的很抱歉,讓您等了一個星期。',
    '確實很讓人惱火,換作是我也會生氣。您慢慢說,我在聽。',
    '洗衣機是什麼時候買的?現在漏水是怎樣的情況?',
    '我跟您確認一下:您三月買的洗衣機,脫水時漏水,上星期打來之後一直沒有人回電,對嗎?',
    '保養可以用發票記錄確認,我幫您安排技術員明天上門檢查。這件事由我負責跟進。',
    '您看這樣安排可以嗎?',
    '我會在明天中午前親自打電話給您確認時間。謝謝您耐心等我們。',
  ],
  en: [
    "Hello, Bright Home Appliances customer service, this is Lam speaking. Ms Ho, I'm really sorry you've waited a week.",
    "That really is annoying — I'd be angry too. Please take your time, I'm listening.",
    'When did you buy the machine, and what is the leak like now?',
    'Let me check I have this right: you bought it in March, it leaks during the spin, and nobody called you back after last week — is that right?',
    "We can confirm the warranty from your invoice, and I'll arrange for a technician to visit tomorrow. I'll handle this myself from start to finish.",
    'Does that work for you?',
    "I'll call you before noon tomorrow to confirm the time. Thank you for bearing with us.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'phone-lost-warranty',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        '喂?你的名字?',
        '我不知道,你去問問其他部門吧。',
        '沒有保養手冊就不能保養,公司的規定就是這樣的。',
        '你應該好好保管手冊。',
        '嗯,我不太清楚。',
        '改天再聯繫你。',
      ],
      en: [
        "Yeah? What's your name?",
        "I don't know, go and ask another department.",
        "No booklet, no warranty — that's company policy.",
        'You should have kept the booklet safe.',
        "Hmm, I'm not really sure.",
        "We'll contact you some other time.",
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][3]!, good['zh-Hant'][4]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][5]!, good['zh-Hant'][6]!],
      en: [good.en[2]!, good.en[3]!, good.en[4]!, good.en[0]!, good.en[1]!, good.en[5]!, good.en[6]!],
    },
  },
};
