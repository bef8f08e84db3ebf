// scen15z (blind t25-22): 我跟您說明一下：陳醫師三點的時候被叫去處理一位急診病人，這段時間先進去的，是王醫師的病人… tells her what
// happened and when it happened. The customer took its "three o'clock" and Dr Wang as an offer to see Dr Wang today and
// accepted it, so the real offer on the next reply (back in ten minutes, you first) was never weighed. A time in a
// sentence that explains (customer/patience.ts, informsTime) is when it happened, not when her case moves on.
import { describe, expect, it } from 'vitest';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';

const play = shippedPlayer('clinic-reception-wait');

const replies = {
  en: [
    "Mrs Lin, I'm so sorry. Have you been waiting a long time?",
    "Let me explain what happened: Dr Chen was called to an emergency at three, and the people who went in were Dr Wang's patients.",
    "Dr Chen will be back in about ten minutes and you'll be the first one she sees.",
  ],
  'zh-Hant': ['林阿嬤，真的很對不起。您是不是等很久了？', '我跟您說明一下：陳醫師三點的時候被叫去處理急診，先進去的是王醫師的病人。', '陳醫師大概再十分鐘就回來，回來第一個就先看您。'],
  'zh-Hans': ['林阿嬷，真的很对不起。您是不是等很久了？', '我跟您说明一下：陈医生三点的时候被叫去处理急诊，先进去的是王医生的病人。', '陈医生大概再十分钟就回来，回来第一个就先给您看。'],
} as const;

describe('what happened, told with when it happened', () => {
  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('is not an offer she accepts; the offer after it is (%s)', (locale) => {
    const run = play(locale, replies[locale]);
    expect(run.sim.turns[1]?.signals).not.toContain('solution-accepted');
    expect(run.sim.turns[2]?.signals).toContain('solution-accepted');
    expect(run.sim.offer?.remedy).toBe('see-now');
  });
});
