// Golden transcripts for scenarios/stairwell-pram.json (docs/training-model.md#liked-and-disliked-words: say NO only when it is good for the customer —
// empathy first, an explanation that serves her own family, then an alternative; docs/training-model.md#personalities, docs/training-model.md#attitudes: an owl, hesitant → refusing).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    "梁太，你好，我是管理處主任陳志明。保安把告示這樣貼在您的嬰兒車上，讓您不開心，真的很抱歉。",
    "被人這樣貼告示，好像被當成做錯事的人，換作是我也會覺得很不舒服。您慢慢說，我在聽。",
    "嬰兒車和鞋櫃放在後樓梯，是因為家裡放不下嗎？平時是怎樣用的？",
    "我明白了：單位只有三百八十呎，寶寶八個月大，您每天早上八點推他去托兒所，所以車放在門口最方便，對嗎？",
    "後樓梯是整層唯一的逃生路，萬一火警，您抱著寶寶走的也是這條路，有東西擋著就很危險，所以樓梯口一定要留空。我今天就幫您在地下儲物室預留一個嬰兒車位，免費用到寶寶用不著為止，這件事由我負責。",
    "其他樓層的雜物，我這個星期內會逐層巡查，一視同仁。您看這樣安排可以嗎？",
    "貼告示的做法讓您難堪，我代表管理處向您道歉。明天早上七點半前，我會親自打電話給您，確認儲物室的車位已經準備好。謝謝您體諒。",
  ],
  en: [
    "Mrs Leung, good morning, I'm Chan, the estate manager. I'm so sorry the notice was stuck on your pram like that and upset you.",
    "I can see how upsetting it was to find that notice, as if you had done something wrong. Please take your time, I'm listening.",
    "Are the pram and the shoe cabinet on the landing because there's no room at home? How do you use the pram day to day?",
    "So if I've understood you: the flat is 380 square feet, your son is eight months old, and every morning at eight you take him to the nursery, so the pram has to be by the door. Is that right?",
    "The stairwell is the only way out for your whole floor. In a fire, that's the way you'd carry your son down, and anything on the landing could trap your own family, so the landing has to stay clear. Today I'll reserve a pram space for you in the ground-floor storage room, free for as long as you need it, and I'll handle it myself.",
    "I'll also inspect every floor this week, and the same rule will apply to everyone. Does that work for you?",
    "I apologise on behalf of the office for the way the notice was put up. I'll call you myself before 7:30 tomorrow morning to confirm the storage space is ready. Thank you for understanding.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'stairwell-pram',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        "規定就是規定，後樓梯不准放任何東西。",
        "三天內不搬走，我們會直接清走。",
        "別人放不放不關你的事。",
        "你冷靜一點，這是消防條例，我也沒辦法。",
        "你自己想辦法吧。",
      ],
      en: [
        "Rules are rules. Nothing is allowed on the stairwell landing.",
        "If it's not moved in three days, we'll clear it away.",
        "What your neighbours do is none of your business.",
        "Calm down. It's fire regulations, there's nothing I can do.",
        "Sort it out yourself.",
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][3]!, good['zh-Hant'][4]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][5]!, good['zh-Hant'][6]!],
      en: [good.en[2]!, good.en[3]!, good.en[4]!, good.en[0]!, good.en[1]!, good.en[5]!, good.en[6]!],
    },
  },
};
