// A guided list speaks one register in zh-Hant. When most options were written Chinese (您、的、沒有) and
// only the good ones spoken Cantonese (copied from the model answers), the register gave the answer away;
// so every option of a scenario is Cantonese, or every one is written Chinese — the scenario's majority.
// Two written channels were chosen on their own terms: the bakery's web chat is Cantonese, typed short and
// fast the way Hong Kong customers and shops chat; the management office's email is written Chinese, as
// every letter a Hong Kong office signs 敬上 is.
import { describe, expect, it } from 'vitest';
import { isCantonese } from './test-support/cantonese.ts';
import { shipped, SHIPPED_IDS } from './test-support/shipped.ts';

const CANTONESE = ['angry-resident', 'restaurant-public-review', 'shop-floor-outburst', 'stairwell-pram', 'chat-late-birthday-cake'];
const WRITTEN = [
  'airport-bus-refund', 'broadband-cancel-escape', 'broken-promise', 'lobby-suggestion', 'water-pump-runaround',
  'phone-lost-warranty', 'clinic-reception-wait', 'lift-outage-email',
];

describe('telling Cantonese from written Chinese', () => {
  it('reads Cantonese by its own characters or by its words', () => {
    expect(isCantonese('請問你嘅訂單號碼係幾多？')).toBe(true);
    expect(isCantonese('聽日個會，我今日下晝就安排一部路由器俾你。')).toBe(true);
  });
  it('reads written Chinese as written, 關係 and the question particle 呢 included', () => {
    expect(isCantonese('請問您的訂單號碼是多少？')).toBe(false);
    expect(isCantonese('這跟天氣沒有關係，您覺得呢？')).toBe(false);
  });
});

describe('every shipped scenario', () => {
  it('has its zh-Hant guided register chosen', () => {
    expect([...CANTONESE, ...WRITTEN].sort()).toEqual([...SHIPPED_IDS].sort());
  });
});

describe.each(SHIPPED_IDS)('%s: zh-Hant guided options', (id) => {
  const cantonese = CANTONESE.includes(id);
  it(`are all ${cantonese ? 'Cantonese' : 'written Chinese'}`, () => {
    const off = Object.entries(shipped(id).guided ?? {}).flatMap(([state, list]) =>
      list.flatMap((option, i) => {
        const text = option.text['zh-Hant'];
        return isCantonese(text) === cantonese ? [] : [`${state}[${i}] ${option.kind}: ${text}`];
      }));
    expect(off).toEqual([]);
  });
});
