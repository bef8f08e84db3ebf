// Golden transcripts for scenarios/shop-floor-outburst.json (docs/training-model.md#face-to-face: take the customer away
// from the crowd, give full attention).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    '張太,真的對不起,讓您受氣了。這裡太吵,請您到會客室坐下慢慢談。',
    '換作是我也會很生氣。您慢慢說,我在聽。',
    '電飯煲是什麼時候開始出問題的?當時是怎樣的情況?',
    '我跟您確認一下:您星期四買的,今早煮飯五分鐘就顯示 E3,同事還叫您星期一再來,對嗎?',
    '我現在就安排換一台新的,在您面前測試好才讓您帶走。這件事由我負責。',
    '您看這樣安排可以嗎?',
    '明天中午前我會親自打電話給您,看看新電飯煲用得好不好。謝謝您給我們機會改善。',
  ],
  en: [
    "Mrs Cheung, I'm so sorry you've been treated like this. It's too noisy here — please come and sit down in our meeting room.",
    "I'd be angry too. Please take your time, I'm listening.",
    'When did the rice cooker start going wrong, and what happened?',
    'Let me check I have this right: you bought it on Thursday, this morning it showed E3 after five minutes, and our salesman told you to come back Monday — is that right?',
    "I'll arrange a new one for you right now and test it in front of you before you take it home. I'll handle this myself from start to finish.",
    'Does that work for you?',
    "I'll call you before noon tomorrow to check the new one is working well. Thank you for giving us the chance to put it right.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'shop-floor-outburst',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        '等一下,我先招呼這位客人。',
        '你別激動,不要在這裡叫。',
        '你是不是不會用?',
        '公司的規定就是這樣的,要星期一檢查。',
        '嗯,我不太清楚。',
        '改天再聯繫你。',
      ],
      en: [
        'Hang on, let me serve this customer first.',
        "Calm down, don't shout in here.",
        "Maybe you don't know how to use it?",
        "That's company policy, it has to be inspected on Monday.",
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
