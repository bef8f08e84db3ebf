// Golden transcripts for scenarios/restaurant-public-review.json (docs/training-model.md#face-to-face: take an agitated customer away from the
// crowd; docs/training-model.md#personalities: a peacock wants her name and her occasion recognised; docs/training-model.md#motives: revenge — the threat to post online).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    "麥小姐，真的非常對不起，今晚是您媽媽的大日子，我們卻搞成這樣。這裡人多，我們借一步到旁邊坐下慢慢談，好嗎？",
    "媽媽七十大壽，一輩子只有一次，換作是我也會非常生氣。您慢慢說，我在聽。",
    "那個生日蛋糕是怎樣訂的？有沒有付訂金？",
    "我確認一下：您兩星期前訂了八位的窗邊枱，昨天也有同事確認過，今晚來到枱卻給了別人，訂好的蛋糕也說沒有記錄，對嗎？",
    "我現在就安排您一家到貴賓房，一樣看得到海景；蛋糕我叫師傅馬上做，半小時內送到。這件事由我負責。",
    "今晚的菜我給您全單八折，蛋糕訂金全數退還。您看這樣可以嗎？",
    "那位同事的態度，我今晚會親自跟進，明天中午前打電話告訴您處理結果。謝謝您給我們機會補救。",
  ],
  en: [
    "Ms Mak, I'm so sorry. Tonight is your mother's big day and we've let you down. It's crowded here; could we sit down somewhere quieter? I want to hear all of it.",
    "Your mother's seventieth only happens once. I'd be furious too. Take your time, I'm listening.",
    "How did you order the birthday cake? Did you pay a deposit?",
    "So if I've understood you: you booked a window table for eight two weeks ago, it was confirmed yesterday, tonight it was given away, and now there's no record of the cake. Is that right?",
    "I'll move your family to our private room right now, with the same harbour view, and have the pastry chef make the cake at once; it'll be there within half an hour. I'll see to it myself.",
    "Tonight's meal is 20% off and the cake deposit will be refunded in full. Does that work for you?",
    "I'll deal with that waiter's behaviour personally tonight and call you before noon tomorrow to tell you what we've done. Thank you for giving us the chance to put it right.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'restaurant-public-review',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        "小姐，請你細聲一點，其他客人在吃飯。",
        "訂位系統有時會出錯，這些都是難免的。",
        "可能是你打錯電話訂了別家吧？",
        "隨便你，你要放就放。",
        "窗邊枱的客人已經坐下了，我也沒辦法。",
      ],
      en: [
        "Madam, please keep your voice down. Other guests are eating.",
        "The booking system makes mistakes sometimes. These things happen.",
        "Maybe you rang a different restaurant by mistake?",
        "Go ahead and post it, I don't care.",
        "The people at the window table are already seated. There's nothing I can do.",
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][3]!, good['zh-Hant'][4]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][5]!, good['zh-Hant'][6]!],
      en: [good.en[2]!, good.en[3]!, good.en[4]!, good.en[0]!, good.en[1]!, good.en[5]!, good.en[6]!],
    },
  },
};
