// Golden transcripts for scenarios/airport-bus-refund.json (docs/training-model.md#inbound-call: the first three seconds, confirming with
// the customer, who does what by when; docs/training-model.md#personalities, docs/training-model.md#motives: an owl who wants it by the rules, compensation and respect;
// docs/training-model.md#liked-and-disliked-words: say no only when it serves the customer — costs beyond the rules go to a supervisor, not promised).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    '您好，珠江機場快線客服熱線，我是小周。梁先生，班車提早開出，令您趕不上飛機，真的非常抱歉。',
    '準時到站卻眼看着車開走，換作是我也會很氣憤。您慢慢說，我逐項記下來。',
    '改簽航班一共花了多少錢？方便告訴我您的訂單號嗎？',
    '我確認一下：票面兩點半開，您兩點二十到站，車兩點十五已經開走，您因此改簽航班，付了四百八十元改簽費，對嗎？當時站台的工作人員是怎樣回應您的？',
    '班車早開是我們的責任。我會全數退還車費，並憑收據報銷四百八十元改簽費，三個工作天內退回您的帳戶。這件事由我負責跟進。',
    '的士和晚餐的開支，我會把收據交給主管特別審批，星期五前親自打電話告訴您結果。謝謝您把這件事告訴我們。',
  ],
  en: [
    "Good afternoon, Pearl River Airport Express customer line, this is Chow. Mr Leung, I'm very sorry the coach left early and you missed your flight.",
    "Being at the stop on time and watching the coach go — I'd be furious too. Please take your time; I'm noting every point.",
    'How much did rebooking the flight cost you? And could you give me your booking reference?',
    'Let me confirm: the ticket said 2:30, you were there at 2:20, the coach had gone at 2:15, and you paid a 480-yuan fee to rebook your flight — is that right? And how did the staff at the stop respond to you?',
    "The early departure is our responsibility. I'll refund your fare in full and pay the 480-yuan rebooking fee against your receipt, back to your account within three working days. I'll see this through myself.",
    "For the taxi and meals, I'll put your claim to my supervisor for special approval and call you myself by Friday with the answer. Thank you for telling us about this.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'airport-bus-refund',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        '喂？什麼事？',
        '司機幾點開車不是我們客服管的，你去問車站吧。',
        '你應該提早半小時到站的。',
        '按照規定，錯過班車是不能退票的。',
        '這個我也沒辦法。',
        '還有別的事嗎？我要接下一個電話了。',
      ],
      en: [
        'Yeah? What is it?',
        "When the drivers leave isn't customer service's business. Go and ask the bus station.",
        "It's your own fault for cutting it so fine.",
        "According to our rules, a missed coach can't be refunded.",
        "There's nothing I can do about it.",
        "Anything else? I've got another call waiting.",
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][4]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][3]!, good['zh-Hant'][5]!],
      en: [good.en[2]!, good.en[4]!, good.en[0]!, good.en[1]!, good.en[3]!, good.en[5]!],
    },
  },
};
