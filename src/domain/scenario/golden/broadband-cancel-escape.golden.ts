// Golden transcripts for scenarios/broadband-cancel-escape.json (docs/training-model.md#personalities, docs/training-model.md#inbound-call: an agitated peacock on an inbound
// line — the first three seconds, hear her out, offer real options and let her choose; docs/training-model.md#liked-and-disliked-words: never hide
// behind the rules; docs/training-model.md#motives: the motive is escape, and blocking the exit is what escalates).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    '您好，新港寬頻客戶服務部，我是阿琪。麥小姐，這個月斷線這麼多次，真的非常抱歉。',
    '在家工作最怕就是斷網，換作是我也會很火。您慢慢說，我在聽。',
    '斷線對您的工作影響有多大？之前您報告斷線的時候，同事有沒有派人上門？',
    '我明白了：這個月斷了四次，之前每次只是遙距重設，約好的技術員也沒有來，明天早上十點您還有視像會議，對嗎？',
    '您有兩個選擇，由您決定：一是我幫您取消合約，免收提早解約費；二是我安排技術員明天早上九點前上門徹底檢查，並回贈一個月月費。您想怎樣做？',
    '明天的會議，我今天下午就安排速遞一部4G流動路由器給您備用，由我負責跟進。',
    '我今晚六點前親自打電話給您，確認路由器已經送到。謝謝您一直以來支持我們。',
  ],
  en: [
    "Hello, Sun Kong Broadband customer service, this is Kei. Ms Mak, I'm truly sorry the line has gone down so many times this month.",
    "Losing the connection when you work from home is the worst. I'd be furious too. Take your time, I'm listening.",
    'How badly has this affected your work? And when you reported it before, did anyone come out to you?',
    'So let me check: four outages this month, a remote reset each time, a technician who never came, and a video meeting at ten tomorrow morning. Is that right?',
    "You have two options, and it's your choice: I can cancel your contract and waive the early-termination fee, or I can have a technician with you before nine tomorrow morning for a full check and credit you a month's fee. Which would you prefer?",
    "For tomorrow's meeting, I'll have a 4G mobile router couriered to you this afternoon as a backup, and I'll follow it up myself.",
    "I'll call you myself before six this evening to make sure the router has arrived. Thank you for staying with us all this time.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'broadband-cancel-escape',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        '喂？甚麼事？',
        '按合約，提早解約是要付解約費的。',
        '斷線可能是你家裡的路由器問題，你應該先自己檢查清楚。',
        '你冷靜一點，這樣我沒辦法幫你。',
        '合約寫明要付，這個我沒辦法。',
        '還有別的事嗎？',
      ],
      en: [
        'Yeah? What is it?',
        'Under the contract, cancelling early means paying the termination fee.',
        "It's probably your own router. You should have checked it yourself first.",
        "Calm down, I can't help you like this.",
        "The contract says you pay. There's nothing I can do.",
        'Anything else?',
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][4]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][3]!, good['zh-Hant'][5]!, good['zh-Hant'][6]!],
      en: [good.en[2]!, good.en[4]!, good.en[0]!, good.en[1]!, good.en[3]!, good.en[5]!, good.en[6]!],
    },
  },
};
