// Real browser: the three spoken scenarios of issue 15 part A (stairwell-pram, restaurant-public-review,
// clinic-reception-wait) appear in the library with their setting and personality, and each plays from the
// briefing to a resolved scorecard with its golden good replies — one scenario per language.
import * as OpenCC from 'opencc-js';
import { describe, expect, inject, it } from 'vitest';
import type { GoldenSet } from '../../src/domain/scenario/golden/golden.types.ts';
import { golden as clinic } from '../../src/domain/scenario/golden/clinic-reception-wait.golden.ts';
import { golden as restaurant } from '../../src/domain/scenario/golden/restaurant-public-review.golden.ts';
import { golden as stairwell } from '../../src/domain/scenario/golden/stairwell-pram.golden.ts';
import en from '../../src/i18n/locales/en.json';
import zhHans from '../../src/i18n/locales/zh-Hans.json';
import zhHant from '../../src/i18n/locales/zh-Hant.json';
import { expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
const browser = useBrowser();

interface Case {
  set: GoldenSet;
  language: 'zh-Hant' | 'zh-Hans' | 'en';
  browserLocale: string;
  title: string;
  personality: 'owl' | 'peacock' | 'dove';
  diagnosis: { cause: string; motive: string; severity: string };
}

const CASES: Case[] = [
  { set: stairwell, language: 'zh-Hant', browserLocale: 'zh-HK', title: '樓梯平台的嬰兒車：不能答應的請求', personality: 'owl', diagnosis: { cause: 'service', motive: 'respect', severity: 'ordinary' } },
  { set: restaurant, language: 'en', browserLocale: 'en-GB', title: 'A ruined birthday dinner and a threat to post it online', personality: 'peacock', diagnosis: { cause: 'service', motive: 'recognition', severity: 'serious' } },
  { set: clinic, language: 'zh-Hans', browserLocale: 'zh-CN', title: '等了两小时的奶奶：没说出口的不满', personality: 'dove', diagnosis: { cause: 'service', motive: 'be_seen', severity: 'ordinary' } },
];

const LOCALES = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

describe.each(CASES)('$set.scenario in $language (real browser)', ({ set, language, browserLocale, title, personality, diagnosis }) => {
  it('is on the library shelf as a face-to-face drill with its personality, and the good replies resolve it', async () => {
    const strings = LOCALES[language];
    const { context, page, errors } = await newPage(browser(), { locale: browserLocale, quickCustomer: true });
    await page.goto(`${base}?trainee=lib-a&lng=${language}#/`);
    const card = page.locator('.scenario-card', { hasText: title });
    await card.waitFor();
    await expect(card.locator('.badge.setting-face_to_face').textContent()).resolves.toBe(strings.drill.setting.face_to_face);
    await expect(card.textContent()).resolves.toContain(strings.drill.personality[personality]);

    await card.getByRole('link', { name: strings.drill.library.start }).click();
    await page.getByRole('button', { name: strings.drill.briefing.start }).click();
    const replies = language === 'zh-Hans' ? set.replies.good['zh-Hant'].map(toHans) : set.replies.good[language];
    for (const reply of replies) {
      if ((await page.locator('textarea').count()) === 0) break;
      await sendReply(page, reply);
    }
    await expectAxeClean(page, `${set.scenario} drill`);

    await page.getByLabel(strings.drill.diagnosis.cause.label).selectOption(diagnosis.cause);
    await page.getByLabel(strings.drill.diagnosis.motive.label).selectOption(diagnosis.motive);
    await page.getByLabel(strings.drill.diagnosis.severity.label).selectOption(diagnosis.severity);
    await page.getByRole('button', { name: strings.drill.diagnosis.submit }).click();
    await expect(page.locator('.badge.outcome-resolved').textContent()).resolves.toBe(strings.scorecards.outcome.resolved);
    expect(errors).toEqual([]);
    await context.close();
  });
});
