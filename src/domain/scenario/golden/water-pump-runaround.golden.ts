// Golden transcripts for scenarios/water-pump-runaround.json (docs/training-model.md#water-pump-case, on the phone).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    '您好,德豐水泵客戶服務部,我是小陳。王先生,真的非常抱歉,讓您打了這麼多次電話。',
    '換作是我也會很生氣。您慢慢說,我會全部記下來。',
    '兩台水泵分別是什麼時候壞的?當時是怎樣的情況?',
    '我跟您確認一下:三月買的,六月第一台壞了更換,八月第二台又壞,之後幾個部門都說不是他們負責,對嗎?',
    '我會安排技術員四十八小時內上門,免費更換一台新水泵並現場測試。這件事由我負責跟進到底。',
    '您看這樣安排可以嗎?',
    '我明天上午十一點前打電話給您,確認技術員上門的時間。謝謝您一直保留這些記錄。',
  ],
  en: [
    "Hello, Tak Fung Pumps customer service, this is Chan speaking. Mr Wong, I'm truly sorry you've had to call so many times.",
    "I'd be angry too. Please take your time — I'm listening and writing it all down.",
    'When did each pump fail, and what happened each time?',
    'Let me check I have this right: bought in March, the first failed in June and was replaced, the second failed in August, and since then each department said it was not theirs — is that right?',
    "I'll arrange for a technician to visit within 48 hours and replace the pump free of charge, and I'll handle this myself from start to finish.",
    'Does that work for you?',
    "I'll call you before 11 tomorrow morning to confirm the technician's time. Thank you for keeping such careful records.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'water-pump-runaround',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        '你要去維修部,這不是我們的事。',
        '公司的規定就是這樣的,保養要經銷商處理。',
        '你是不是自己安裝錯了?',
        '嗯,我不太清楚。',
        '你別激動。',
        '改天再聯繫你。',
      ],
      en: [
        "You need to go to the repair department, that's not our business.",
        "That's company policy — the dealer handles warranty.",
        'Maybe you installed it wrong yourself?',
        "Hmm, I'm not really sure.",
        'Calm down.',
        "We'll contact you some other time.",
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][3]!, good['zh-Hant'][4]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][5]!, good['zh-Hant'][6]!],
      en: [good.en[2]!, good.en[3]!, good.en[4]!, good.en[0]!, good.en[1]!, good.en[5]!, good.en[6]!],
    },
  },
};
