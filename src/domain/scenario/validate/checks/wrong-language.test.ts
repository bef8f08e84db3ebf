import { describe, expect, it } from 'vitest';
import { validateScenario } from '../validate-scenario.ts';
import { shippedDoc, SHIPPED_IDS } from '../../test-support/shipped.ts';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('wrong-language', () => {
  it('reports a remedy typed into the wrong boxes: English in the Chinese fields, Chinese in the English one', () => {
    const issues = issuesOf(
      broken((d) => {
        d.facts[0].says['zh-Hant'] = 'We will compensate you for the parcel value.';
        d.facts[0].says['zh-Hans'] = 'We will compensate you for the parcel value.';
        d.facts[0].says.en = '我哋會賠返件貨嘅價錢俾你。';
      }),
    );
    expect(issues).toEqual([
      { check: 'wrong-language', path: '$.facts[0].says["zh-Hant"]', message: 'zh-Hant text has no Chinese in it' },
      { check: 'wrong-language', path: '$.facts[0].says["zh-Hans"]', message: 'zh-Hans text has no Chinese in it' },
      { check: 'wrong-language', path: '$.facts[0].says.en', message: 'en text is mostly Chinese' },
    ]);
  });
  it('lets a Chinese name stand in an English line, and a brand, a code or English words inside Chinese', () => {
    const issues = issuesOf(
      broken((d) => {
        d.facts[0].says.en = 'Mrs Wong (黃太) called twice about it.';
        d.facts[0].says['zh-Hant'] = '我上個禮拜 call 過你哋兩次，個 case number 係 A123。';
        d.facts[0].says['zh-Hans'] = 'OK';
      }),
    );
    expect(issues).toEqual([]);
  });
  it.each(SHIPPED_IDS)('finds nothing in the shipped %s', (id) => {
    expect(validateScenario(shippedDoc(id)).filter((i) => i.check === 'wrong-language')).toEqual([]);
  });
});
