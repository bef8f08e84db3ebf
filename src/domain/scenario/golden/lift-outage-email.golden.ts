// Golden transcripts for scenarios/lift-outage-email.json (an email to a property management office; docs/training-model.md#motives:
// extreme hostility and revenge — the owners' corporation and the press — met with feelings first, then the
// facts and a concrete arrangement with a time and an owner; docs/training-model.md#complaint-types: a serious complaint; docs/training-model.md#decide: no promise the
// office cannot keep). Every good reply is an email: greeting, body, sign-off (written-etiquette).
import type { GoldenSet } from './golden.types.ts';

const good = {
  'zh-Hant': [
      "張先生您好：\n\n收到您嘅電郵。一個月升降機停咗三次，伯伯困喺十七樓，真係非常抱歉。我明白您一定好擔心伯伯，亦好嬲。\n\n景峰苑管理處\n物業主任 陳嘉欣 敬上",
      "張先生您好：\n\n我明白您好擔心伯伯。伯伯聽朝幾點要出門？佢行動上有咩困難？\n\n景峰苑管理處\n陳嘉欣 敬上",
      "張先生您好：\n\n即係話伯伯八十二歲，用助行架，聽朝九點要去伊利沙伯醫院洗腎，係咪？之前您有冇向管理處報告過？\n\n景峰苑管理處\n陳嘉欣 敬上",
      "張先生您好：\n\n聽朝八點，我會安排兩位同事帶爬樓機上十七樓，陪伯伯落樓，並安排的士送佢去醫院，由我親自負責。\n\n景峰苑管理處\n陳嘉欣 敬上",
      "張先生您好：\n\n保安嘅態度我已經上報物業經理，今日之內我會親自同佢跟進。\n\n景峰苑管理處\n陳嘉欣 敬上",
      "張先生您好：\n\n今晚六點前我會再電郵確認聽朝嘅安排同工程師嘅維修時間。多謝您嘅耐心。\n\n景峰苑管理處\n陳嘉欣 敬上",
  ],
  en: [
      "Dear Mr Cheung,\n\nThank you for your email. Three breakdowns in one month, with your father stuck on the 17th floor: I am truly sorry. I would be furious too.\n\nKind regards,\nKelly Chan\nProperty Officer",
      "Dear Mr Cheung,\n\nI can see how worried you are about your father. Could you tell me what time he needs to leave tomorrow, and what help he needs to get down?\n\nKind regards,\nKelly Chan",
      "Dear Mr Cheung,\n\nIf I understand you correctly, your father is 82, uses a walking frame, and must be at Queen Elizabeth Hospital for dialysis at 9 tomorrow. Have you reported the breakdowns to our office before?\n\nKind regards,\nKelly Chan",
      "Dear Mr Cheung,\n\nAt 8 tomorrow morning I will send two colleagues with a stair-climber to the 17th floor to bring your father down, and a taxi will take him to the hospital. I will take charge of it myself.\n\nKind regards,\nKelly Chan",
      "Dear Mr Cheung,\n\nI have reported the guard's conduct to our property manager and I will follow it up with him myself today.\n\nKind regards,\nKelly Chan",
      "Dear Mr Cheung,\n\nBy 6 pm today I will email you again to confirm tomorrow's arrangements and the engineer's repair time. Thank you for your patience.\n\nKind regards,\nKelly Chan",
  ],
};

export const golden: GoldenSet = {
  scenario: 'lift-outage-email',
  replies: {
    good,
    bad: {
      'zh-Hant': [
        "先生:\n\n請您冷靜,升降機維修由承辦商負責,管理處無法控制。\n\n管理處",
        "恐嚇傳媒解決唔到問題,公司規定係咁。",
        "老人家可以慢慢行樓梯,唔關我哋事。",
        "先生,您冷靜啲,唔使咁激動。",
        "我哋已經做咗好多,請唔好再投訴。",
        "仲有冇其他嘢?",
      ],
      en: [
        "Dear Sir,\n\nPlease calm down. Lift repairs are the contractor's responsibility, there is nothing the office can do.\n\nManagement Office",
        "Threatening the press will not solve anything. That is our policy.",
        "Your father can take the stairs slowly. It's not our problem.",
        "Calm down, sir. You are overreacting.",
        "We have done enough already. Stop complaining.",
        "Anything else?",
      ],
    },
    factsFirst: {
      'zh-Hant': [good['zh-Hant'][2]!, good['zh-Hant'][3]!, good['zh-Hant'][0]!, good['zh-Hant'][1]!, good['zh-Hant'][4]!, good['zh-Hant'][5]!],
      en: [good.en[2]!, good.en[3]!, good.en[0]!, good.en[1]!, good.en[4]!, good.en[5]!],
    },
  },
};
