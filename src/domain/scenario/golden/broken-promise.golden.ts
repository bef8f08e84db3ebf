// Golden transcripts for scenarios/broken-promise.json (承諾不兌現: docs/training-model.md#motives, docs/training-model.md#complaint-types).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    '您好,我是管理處客戶主任小黃。李女士,真的很對不起,讓您等了這麼久。',
    '我明白您的感受,等了兩個星期都沒有消息,換作是我也會很失望。您慢慢說,我在聽。',
    '可以告訴我當時是什麼時候遞表的嗎?同事是怎麼跟您說的?',
    '我確認一下:您上月三號遞表,同事答應三個工作天,之後一直沒有人通知您,對嗎?',
    '我今天下午五點前安排同事把門禁卡做好,由我負責親手交給您。',
    '您看這樣安排可以嗎?',
    '如果有任何延誤,我今天下午四點前會親自打電話給您。謝謝您耐心等我們。',
  ],
  en: [
    "Hello, I'm Wong from the management office. Ms Lee, I'm truly sorry you've been kept waiting so long.",
    "I understand how you feel — two weeks with no news, I'd be disappointed too. Please take your time, I'm listening.",
    'Could you tell me when you handed in the form, and what my colleague told you?',
    'Let me check I have this right: you applied on the 3rd, were promised three working days, and nobody has told you anything since — is that right?',
    "I'll arrange for the card to be ready before 5 this afternoon, and I'll personally hand it to you.",
    'Does that work for you?',
    "If there's any delay, I'll call you myself before 4 this afternoon. Thank you for your patience.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'broken-promise',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        '那個同事太不負責了,不關我的事。',
        '公司的規定就是這樣的,要排隊。',
        '你應該早點來問。',
        '嗯,我不太清楚。',
        '改天再聯繫你。',
        '快點說,後面還有人排隊。',
      ],
      en: [
        "That colleague is so irresponsible — it's nothing to do with me.",
        "That's company policy, you have to wait your turn.",
        'You should have come and asked earlier.',
        "Hmm, I'm not really sure.",
        "We'll contact you some other time.",
        "Hurry up, there's a queue behind you.",
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][3]!, good['zh-Hant'][4]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][5]!, good['zh-Hant'][6]!],
      en: [good.en[2]!, good.en[3]!, good.en[4]!, good.en[0]!, good.en[1]!, good.en[5]!, good.en[6]!],
    },
  },
};
