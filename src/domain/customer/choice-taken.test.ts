// scen15z (blind t25-01): offered "waive the fee and cancel today, or a priority repair with your monthly fee refunded —
// which do you prefer?", the customer answered "And this month's fee?" as if the refund had not been offered (neither
// 免掉违约金 nor 返还您的月费 was heard), and "we'll do as you chose" followed a choice she never made. A believable customer
// (docs/training-model.md#customer-model) hears every option of the choice and answers it: she takes the one she came for
// and says so (customer/offer.ts, choiceTaken).
import { describe, expect, it } from 'vitest';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { shipped } from '../scenario/test-support/shipped.ts';

const broadband = shipped('broadband-cancel-escape');
const read = createReader(broadband);
const play = shippedPlayer('broadband-cancel-escape');
const heard = (locale: Locale, text: string) => read(text, { locale }).details.remedies;

const lead = {
  en: ["Hi Ms Mak, Jo here at Newport Broadband. A month of dropouts while you work from home — I'm so sorry.", 'Which days did it go down, and what did we do when you reported it?'],
  'zh-Hant': ['麥小姐你好，我係新港寬頻阿晴。成個月斷線，你喺屋企做嘢，真係對唔住。', '可唔可以講吓邊幾日斷線，你報告嗰陣我哋點處理？'],
  'zh-Hans': ['麦小姐您好，我是新港宽带小雯。一个月断了好几次网，您在家办公，真是对不起。', '能说说是哪几天断的网，您报修的时候我们是怎么处理的吗？'],
} as const;
const choice = {
  en: 'Two ways forward, you decide: I waive your termination fee and close the account today, or a technician comes first thing tomorrow and I refund your monthly fee. Which would you like?',
  'zh-Hant': '兩個方法你揀：我免咗你嘅解約費，今日幫你取消合約；或者師傅聽朝優先上門，我再退返你嘅月費。你想點？',
  'zh-Hans': '两个办法您挑：我为您免掉违约金，今天就帮您解约；或者明天上午技术员优先上门，同时返还您的月费。您选哪个？',
} as const;

describe('a choice of two remedies she would take', () => {
  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('is heard option by option (%s)', (locale) => {
    expect(heard(locale, choice[locale])).toEqual(expect.arrayContaining(['waive-cancel', 'fix-credit']));
  });

  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('is answered with the one she came for, said in her words (%s)', (locale) => {
    const run = play(locale, [...lead[locale], choice[locale]]);
    expect(run.sim.offer).toMatchObject({ remedy: 'waive-cancel', status: 'accepted' });
    const taken = broadband.wants.remedies.find((r) => r.id === 'waive-cancel')?.says?.[0]?.[locale];
    expect(taken).toBeTruthy();
    expect(run.sim.turns[2]?.customer.map((c) => c[locale])).toContain(taken);
  });

  it('is not a choice when only one of the options is one she would take: she says nothing of choosing', () => {
    const run = play('en', [...lead.en, 'I waive your termination fee and close the account today. Is that all right?']);
    const taken = broadband.wants.remedies.find((r) => r.id === 'waive-cancel')?.says?.[0]?.en;
    expect(run.sim.turns[2]?.customer.map((c) => c.en)).not.toContain(taken);
  });
});

describe('a fee waived or refunded as hers, the verb first', () => {
  it.each([
    ['en', "I'm afraid I can't waive your termination fee."],
    ['zh-Hant', '我哋冇辦法免你嘅解約費。'],
    ['zh-Hans', '我们不能免掉您的违约金，也没法返还您的月费。'],
  ] as const)('is not heard when it is refused (%s: %s)', (locale, text) => {
    expect(heard(locale, text)).not.toContain('waive-cancel');
    expect(heard(locale, text)).not.toContain('fix-credit');
  });
});
