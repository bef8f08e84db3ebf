// Golden transcripts for scenarios/lobby-suggestion.json (docs/training-model.md#complaint-types: a complaint by purpose — a suggestion, not
// a grievance; docs/training-model.md#six-steps: thank, acknowledge, record, say what happens next and when; docs/training-model.md#eight-words: 一謝, and no promise
// the office cannot keep — a renovation is over-promising).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
    '區太，您好！謝謝您特意過來告訴我們，我明白燈光太暗真的不安全。',
    '差點跌倒一定嚇壞了，您現在沒事吧？請您說說當時的情況。',
    '除了您，還有其他住客經常經過那裡嗎？',
    '謝謝您的提議。我確認一下：信箱上面一支光管壞了兩個星期，另一支又閃，晚上那個角落很暗，您昨晚差點被地氈絆倒，對嗎？',
    '我已經記錄下來，今天下午就安排技工更換信箱上面的光管，並把地氈整平。您提議加裝感應燈，我會提交法團本月的會議討論。這件事由我負責跟進。',
    '光管換好之後，我明天下午五點前親自打電話告訴您。謝謝您的好建議。',
  ],
  en: [
    "Good evening, Mrs Au! Thank you for taking the trouble to tell us. I understand, a dark corner like that really isn't safe.",
    'Oh dear, that must have been frightening. Are you all right? Could you tell me what happened?',
    'Besides you, do other residents often go past there?',
    "Thank you for the suggestion. So if I've got this right, one tube over the mailboxes has been out for two weeks, the other flickers, the corner is dark at night, and you nearly tripped on the mat last night?",
    "I've written it down. This afternoon I'll have a technician replace the tubes over the mailboxes and flatten the mat. Your idea of a sensor light I'll put on the agenda of this month's owners' corporation meeting. I'll see it through myself.",
    "Once the tubes are replaced, I'll ring you myself before five tomorrow afternoon. Thank you for such a good suggestion.",
  ],
};

export const golden: GoldenSet = {
  scenario: 'lobby-suggestion',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        '有甚麼事？快點說，我很忙。',
        '燈光暗一點很正常，您自己走路小心一點就是了。',
        '這些事要找法團，不關我們管理處的事。',
        '沒有預算，做不到。',
        '您把意見寫下來放進意見箱吧。',
        '還有別的事嗎？',
      ],
      en: [
        "What is it? Make it quick, I'm busy.",
        "The lights are always a bit dim. You'll just have to watch where you're going.",
        "That's for the owners' corporation. It's nothing to do with the management office.",
        "There's no budget for that. Can't be done.",
        'Write it down and put it in the suggestion box.',
        'Anything else?',
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][3]!, good['zh-Hant'][4]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][5]!],
      en: [good.en[2]!, good.en[3]!, good.en[4]!, good.en[0]!, good.en[1]!, good.en[5]!],
    },
  },
};
