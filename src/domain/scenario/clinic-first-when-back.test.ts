// scen15gg (blind t35-16): 「陳醫師大概再十分鐘就回來，您是他回來後第一位」 — seeing her first when the doctor is back — was not heard
// as the see-now remedy, so Grandma Lin answered a plan with "So tell me, what can you arrange?" and, after "ten minutes"
// and "done before five", "I still don't know how long I'll wait". The same offer in all three languages is heard now;
// come back tomorrow is still not it.
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { shipped } from './test-support/shipped.ts';

const s = shipped('clinic-reception-wait');
const read = createReader(s);
const FIRST_WHEN_BACK: Record<Locale, string> = {
  'zh-Hant': '陳醫師大概再十分鐘就回來，您是他回來後第一位。',
  'zh-Hans': '陈医生大概再十分钟就回来，您是他回来后第一位。',
  en: "Dr Chen should be back in about ten minutes, and you'll be the first one he sees.",
};

describe('seeing her first when the doctor is back is the see-now remedy (scen15gg, t35-16)', () => {
  for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as Locale[]) {
    it(`${locale}: ${FIRST_WHEN_BACK[locale]}`, () => {
      expect(read(FIRST_WHEN_BACK[locale], { locale }).details.remedies).toContain('see-now');
    });
  }
  it('come back tomorrow is not seeing her now', () => {
    expect(read('您明天再來，我幫您重新預約。', { locale: 'zh-Hant' }).details.remedies).not.toContain('see-now');
  });
});
