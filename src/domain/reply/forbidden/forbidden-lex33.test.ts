// lex33 (issue 12; the forbidden misses blind34 and blind35's two labellers agree on): listed phrases in new wordings —
// "not ours to handle" beside the department she is sent to (你要去**部，這不是我們的事), a denial that this kind of fault
// could occur at all (絕對不可能有這種事情發生), "you really should have", "policy is what it is", 我也不知道怎麼辦 (helpless
// 我不知道), 唔好激動 inside an English sentence; and an echoed question about going to a department that the trainee
// answers with "no need, I'll call them" is no send-off. Own wordings; each beside the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const ids = (t: string) => classifyReply(t).forbidden.map((h) => h.id);

describe('lex33: listed phrases in new wordings', () => {
  it.each([
    ['呢單要搵財務部處理，唔係我哋前台跟㗎。', 'ten-forbidden/04'],
    ['账单的事归财务部管，不是我们客服负责的。', 'ten-forbidden/04'],
    ['這不是我們門市處理的，您要去找售後部那邊。', 'ten-forbidden/04'],
    ['唔係我哋team負責嘅，你要搵返IT嗰邊。', 'ten-forbidden/04'],
    ['我们的设备每天检测，根本不可能出现这种故障。', 'ten-forbidden/03'],
    ['我哋嘅貨全部驗過，絕對不可能有呢種問題。', 'ten-forbidden/03'],
    ['You really should have kept the receipt.', 'angry-customer/03'],
    ['Honestly, you honestly should have called before coming.', 'angry-customer/03'],
    ['Sorry, the policy is what it is.', 'ten-forbidden/08'],
    ['Our rules are what they are, madam.', 'ten-forbidden/08'],
    ['我都唔知點算好，你問下其他人啦。', 'service-mistakes/01'],
    ['我也不知道该怎么办，系统就是这样。', 'service-mistakes/01'],
    ['Sir, 唔好咁激動 la, we are checking.', 'angry-customer/06'],
    ['你calm啲先啦，咁嗌冇用。', 'angry-customer/08'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    '就算唔係我哋部門負責，我都會幫你同工程部跟到底。',
    '雖然不是我們門市處理的，但我幫您聯絡售後部。',
    '這個不是我負責的，不過我幫您問清楚再回覆您。',
    '您要去三樓服務部？不用，我請他們下來找您。',
    '我保證以後不可能再出現這種問題。',
    '以后绝对不可能出现这种情况，我们已经换了供应商。',
    'You should have received the refund by now.',
    'You really should have been told about the fee, and that is on us.',
    'What the policy is matters less than getting you sorted.',
    '很多客人都不知道该怎么办，我一步一步带您做。',
    '你唔使擔心點算，我哋會跟。',
    'Madam, 唔好擔心 la, we will fix it today.',
    '我哋會keep住同你聯絡。',
  ])('stays clean: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
