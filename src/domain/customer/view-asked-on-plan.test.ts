// scen15bb (blind t27-01): with the refund and the rebooking fee on the table, "Does that way of handling it work for you,
// or would you like anything done differently?" gives him the say (step 4) — here with his costs beyond the rules already
// put to the supervisor, so the question answers nothing pending. It is not a hollow reply: he answers the
// plan, not "Very nice. What exactly, who does it, and when?" (customer/patience.ts, viewAskedOnPlan).
import { describe, expect, it } from 'vitest';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';

const play = shippedPlayer('airport-bus-refund');

const replies = {
  en: [
    "I'm very sorry. Being at the stop on time and missing your flight is infuriating. I'll handle this myself.",
    'Could you tell me the time on the ticket, when you reached the stop, and what the rebooking cost?',
    'Then I will refund your fare in full and pay the 480-yuan rebooking fee against the receipt, back to your card within three working days. Any other costs need my supervisor\'s approval; I\'ll put them to her today.',
    'Does that way of handling it work for you, or would you like anything done differently?',
  ],
  'zh-Hant': [
    '梁生，真係非常對唔住。準時到站都搭唔到車，仲要趕唔切飛機，換轉係我都會好嬲。呢件事由我負責跟。',
    '唔該你講俾我聽，車飛寫幾點開、你幾點到站，改簽使咗幾多錢？',
    '咁我會全數退返車費，再憑收據賠償四百八十蚊改簽費，三個工作天內退返你張卡。其他開支要主管審批，我今日會幫你交上去。',
    '咁樣處理你覺得點？定係想換個做法？',
  ],
  'zh-Hans': [
    '梁先生，真的非常抱歉。准时到站却没车坐，还误了航班，换作是我也会很生气。这件事由我负责跟进。',
    '请问车票上写几点发车，您几点到站，改签花了多少钱？',
    '那我会全额退还车费，并凭收据赔偿四百八十元改签费，三个工作日内退回您的卡。其他开支需要主管审批，我今天就帮您提交。',
    '这样处理您看行吗？还是希望有其他安排？',
  ],
} as const;

describe('his view asked on a plan already offered', () => {
  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('is not a hollow reply that stalls (%s)', (locale) => {
    const run = play(locale, replies[locale]);
    const last = run.sim.turns[3];
    expect(run.sim.turns[2]?.signals).toContain('solution-accepted');
    expect(last?.signals).not.toContain('stalled');
  });
});
