// Golden transcripts for scenarios/angry-resident.json (docs/training-model.md#six-steps).
// Plain, unambiguous replies: one or two moves each, phrased the way the decks phrase them.
import type { GoldenSet } from './golden.types.ts';

export const golden: GoldenSet = {
  scenario: 'angry-resident',
  replies: {
    good: {
      'zh-Hant': [
        '您好,我是管理處客戶服務主任小李。陳先生,非常抱歉,讓您久等了。',
        '換作是我也會很生氣。您慢慢說,我在聽。',
        '漏水是從什麼時候開始的?現在浴室是什麼情況?',
        '我跟您確認一下:上星期一開始漏水,您打過兩次電話,一直沒有人來,對嗎?',
        '我今天下午三點前安排維修師傅上門檢查,這件事由我負責跟進到底。',
        '您看這樣安排可以嗎?',
        '師傅檢查後,我今晚六點前親自打電話給您。謝謝您告訴我們。',
      ],
      en: [
        "Hello, I'm Lee, the customer service officer here. Mr Chan, I'm very sorry you've been kept waiting.",
        "I can see why you're upset — I'd be angry too. Please take your time, I'm listening.",
        'When did the leak start, and what is the bathroom like now?',
        'Let me check I have this right: it started last Monday, you called twice and nobody came — is that right?',
        "I'll arrange for a plumber to inspect it before 3 this afternoon, and I'll handle this myself from start to finish.",
        'Does that work for you?',
        "After the visit I'll call you before 6 this evening. Thank you for telling us.",
      ],
    },
    bad: {
      'zh-Hant': [
        '你別激動。',
        '公司的規定就是這樣的,要排期。',
        '這不是我們的事,你要去找樓上業主。',
        '嗯,我不太清楚。',
        '你應該早點上去找樓上。',
        '改天再聯繫你。',
      ],
      en: [
        'Calm down.',
        "That's company policy, you have to wait your turn.",
        "That's not our business, you need to go and see the owner upstairs.",
        "Hmm, I'm not really sure.",
        'You should have gone upstairs earlier.',
        "We'll contact you some other time.",
      ],
    },
    factsFirst: {
      'zh-Hant': [
        '漏水是從什麼時候開始的?現在浴室是什麼情況?',
        '我跟您確認一下:上星期一開始漏水,您打過兩次電話,一直沒有人來,對嗎?',
        '我今天下午三點前安排維修師傅上門檢查,這件事由我負責跟進到底。',
        '您好,我是管理處客戶服務主任小李。陳先生,非常抱歉,讓您久等了。',
        '換作是我也會很生氣。您慢慢說,我在聽。',
        '您看這樣安排可以嗎?',
        '師傅檢查後,我今晚六點前親自打電話給您。謝謝您告訴我們。',
      ],
      en: [
        'When did the leak start, and what is the bathroom like now?',
        'Let me check I have this right: it started last Monday, you called twice and nobody came — is that right?',
        "I'll arrange for a plumber to inspect it before 3 this afternoon, and I'll handle this myself from start to finish.",
        "Hello, I'm Lee, the customer service officer here. Mr Chan, I'm very sorry you've been kept waiting.",
        "I can see why you're upset — I'd be angry too. Please take your time, I'm listening.",
        'Does that work for you?',
        "After the visit I'll call you before 6 this evening. Thank you for telling us.",
      ],
    },
  },
};
