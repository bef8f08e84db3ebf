// Golden transcripts for scenarios/chat-late-birthday-cake.json (a web chat; docs/training-model.md#principle: feelings first, then the
// facts, a concrete remedy with a time and an owner; docs/training-model.md#motives: amends for the broken promise; docs/training-model.md#personalities: an eagle wants
// it fast and short). Short messages, as a chat should be (written-etiquette).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
      "楊太您好，我係金麥客服主任阿欣。蛋糕仲未到，仲要係囡囡生日，真係好抱歉，換轉係我都會好急。",
      "我明白生日會就嚟開始，您一定好擔心。生日會幾點開始？您訂咗咩蛋糕？",
      "即係話五點開生日會，Chloe 對果仁敏感，一定要無果仁芒果蛋糕，係咪？熱線之前點樣答您？",
      "我而家由太古分店專車送一個一模一樣嘅無果仁芒果蛋糕，今日四點半前送到，由我親自跟進。",
      "為咗補償您等咗成個下晝，我會退回運費，再送一張一百元現金券俾您。",
      "四點十分前我會喺呢度俾您司機名同電話，一直跟到蛋糕送到為止。多謝您咁耐心，楊太。",
  ],
  en: [
      "Hi Mrs Yeung, this is Yan, the duty supervisor at Golden Wheat. I'm so sorry your cake hasn't arrived, and on your daughter's birthday. I'd be worried too.",
      "I can see how stressful this is with the party coming. What time does the party start, and what was on the order?",
      "So the party is at 5 and it has to be the nut-free mango cake because Chloe is allergic. Did anyone from our hotline tell you where the driver was?",
      "I'm sending an identical nut-free mango cake from our Tai Koo branch with a dedicated driver. It will be with you by 4:30 today, and I'll follow it myself.",
      "To make up for the afternoon you've lost, I'll refund the delivery fee and add a HK$100 voucher to your account.",
      "By 4:10 I'll message you the driver's name and number here, and I'll stay on it until the cake arrives. Thank you for your patience, Mrs Yeung.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'chat-late-birthday-cake',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        "您冷靜啲先，送貨有時會遲，我都冇辦法。",
        "送貨時間只係預計，條款有寫明。",
        "您早啲訂就唔會咁趕啦，唔關我事，您自己搵物流公司。",
        "太太，您冷靜啲，嗌都冇用。",
        "公司規定係咁，我幫唔到您。",
        "唔好再浪費我時間。",
      ],
      en: [
        "Please calm down. Deliveries are sometimes late, there's nothing I can do.",
        "Delivery times are only estimates, it says so in our terms and conditions.",
        "You should have ordered an earlier slot. It's not my problem, talk to the courier company.",
        "Calm down, ma'am, shouting at me won't make the cake come faster.",
        "That's our policy, I can't do anything about it.",
        "Stop wasting my time.",
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][3]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][4]!, good['zh-Hant'][5]!],
      en: [good.en[2]!, good.en[3]!, good.en[0]!, good.en[1]!, good.en[4]!, good.en[5]!],
    },
  },
};
