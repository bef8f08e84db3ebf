// The relief of a plan she accepted that the per-reply cap cut is carried into the next replies (simulate-turn.ts,
// carryRelief): a first email that settles everything at once must not leave the customer angrier for good than the
// same plan spread over two (blind t23-21, t23-32). Carried calm brings her to the middle band at most, never on a
// harmful reply. Played with the real reader, in three languages, on the lift email (scen15w).
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';

const lift = shipped('lift-outage-email');
const read = createReader(lift);
const play = (locale: Locale, replies: string[]) => runDrill(lift, replies, { read, locale, seed: baseSeed(lift) });
const carried = (t: { changes: { cause: string; delta: number }[] }) => t.changes.filter((c) => c.cause === 'relief-carried').reduce((s, c) => s + c.delta, 0);

// One email that does everything; then a short one that commits to the next email at a time, or one that blames him.
const emails: Record<Locale, [string, string, string]> = {
  en: [
    "Dear Mr Cheung,\n\nI am truly sorry: a third breakdown this month with your father stuck on the 17th floor, and I understand your anger completely. An engineer will be on site by noon today and I will email you by 4 pm with the finish time. Tomorrow two of our staff will bring your father down with a stair-climber and a taxi will wait at the entrance. I have reported it to the property manager and I will follow up the guard's conduct myself.\n\nKind regards,\nGrace Ho",
    'Dear Mr Cheung,\n\nThank you for your reply. I will email you again by 6 pm today to confirm the engineer\'s finish time.\n\nKind regards,\nGrace Ho',
    'Dear Mr Cheung,\n\nThat is not our fault, you should have told us earlier.\n\nGrace Ho',
  ],
  'zh-Hant': [
    '張先生：\n\n您好，非常抱歉。一個月第三次停𨋢，伯伯困喺十七樓，換轉係我都會好嬲。工程師今日中午十二點前到場，我下晝四點前電郵話您知幾點修好。聽朝兩位同事帶爬樓機陪伯伯落樓，的士喺大堂等。事件已報物業經理，保安嘅態度我會親自跟進。\n\n何家欣 敬上',
    '張先生：\n\n多謝您嘅回覆。今日下晝六點前我會再電郵確認工程師幾點修好。\n\n何家欣 敬上',
    '張先生：\n\n呢個唔係我哋嘅錯，你應該早啲講。\n\n何家欣',
  ],
  'zh-Hans': [
    '张先生：\n\n您好，非常抱歉。一个月第三次停电梯，老人家困在十七楼，换了是我也会非常生气。工程师今天中午十二点前到场，我下午四点前发邮件告诉您几点修好。明早两位同事带爬楼机陪老人家下楼，出租车在大堂等。事件已上报物业经理，保安的态度我会亲自跟进。\n\n刘敏 敬上',
    '张先生：\n\n谢谢您的回复。今天下午六点前我会再发邮件确认工程师几点修好。\n\n刘敏 敬上',
    '张先生：\n\n这不是我们的错，您应该早点说。\n\n刘敏',
  ],
};

describe('the relief of a plan accepted in a capped reply is carried, not lost', () => {
  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('%s: the first email is capped; the next calms her by what was cut, down to the middle band at most', (locale) => {
    const { sim } = play(locale, emails[locale].slice(0, 2));
    const [first, second] = sim.turns;
    expect(first?.changes.some((c) => c.cause === 'relief-cap')).toBe(true);
    expect(first?.signals).toContain('solution-accepted');
    expect(carried(second!)).toBeLessThan(0);
    // Carried calm stops at the middle band: below it only the reply's own relief counts.
    const own = second!.changes.reduce((s, c) => s + c.delta, 0) - carried(second!);
    expect(second!.hostility).toBeGreaterThanOrEqual(Math.min(lift.thresholds.mid, first!.hostility + own));
    expect(second!.hostility).toBeLessThan(first!.hostility + own);
  });

  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('%s: nothing is carried on a harmful reply', (locale) => {
    const { sim } = play(locale, [emails[locale][0], emails[locale][2]]);
    expect(carried(sim.turns[1]!)).toBe(0);
  });
});
