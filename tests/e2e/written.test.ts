// Real browser, issue 15 (the written channel): the chat and email scenarios are on the shelf with their
// channel and can be filtered by it; a chat plays as message bubbles with times, a typing indicator and a
// waiting clock (a slow answer draws the customer's own line); an email shows the subject, the customer's
// email as an email and greeting/sign-off helpers, and Ctrl+Enter sends. At 1366 and 390 px, in three
// languages. Captures go to a temporary folder (WRITTEN_SHOTS=dir keeps them to look at).
import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { golden as cake } from '../../src/domain/scenario/golden/chat-late-birthday-cake.golden.ts';
import { golden as lift } from '../../src/domain/scenario/golden/lift-outage-email.golden.ts';
import en from '../../src/i18n/locales/en.json';
import zhHans from '../../src/i18n/locales/zh-Hans.json';
import zhHant from '../../src/i18n/locales/zh-Hant.json';
import { customerAnswered, expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
const out = process.env.WRITTEN_SHOTS ?? mkdtempSync(join(tmpdir(), 'defuse-written-'));
const LOCALES = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };
const browser = useBrowser();

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
});
afterAll(async () => {
});

const shot = async (page: Page, name: string) => {
  const path = resolve(out, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  expect(statSync(path).size, `${name}.png`).toBeGreaterThan(5_000);
};

/** Types an email and sends it with Ctrl+Enter (Enter only adds a line), then waits for the answer. */
async function sendEmail(page: Page, text: string): Promise<void> {
  const box = page.locator('textarea');
  await box.fill(text);
  await box.press('Enter');
  await expect(box.inputValue()).resolves.toBe(`${text}\n`);
  await box.press('Control+Enter');
  await customerAnswered(page, () => {
    const ta = document.querySelector('textarea');
    return !ta || !ta.readOnly;
  });
}

async function finish(page: Page, strings: (typeof LOCALES)[keyof typeof LOCALES], diagnosis: { cause: string; motive: string; severity: string }) {
  await page.getByLabel(strings.drill.diagnosis.cause.label).selectOption(diagnosis.cause);
  await page.getByLabel(strings.drill.diagnosis.motive.label).selectOption(diagnosis.motive);
  await page.getByLabel(strings.drill.diagnosis.severity.label).selectOption(diagnosis.severity);
  await page.getByRole('button', { name: strings.drill.diagnosis.submit }).click();
  await expect(page.locator('.badge.outcome-resolved').textContent()).resolves.toBe(strings.scorecards.outcome.resolved);
}

describe('the written channel (real browser)', () => {
  it('the library shows each card\'s channel and filters by it', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-GB' });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${base}?trainee=written&lng=en#/`);
    const chat = page.locator('.scenario-card', { hasText: 'Web chat: the birthday cake due at 3 has not arrived' });
    const email = page.locator('.scenario-card', { hasText: 'the only lift down for the third time' });
    await chat.waitFor();
    await expect(chat.locator('.badge.setting-chat').textContent()).resolves.toBe(en.drill.setting.chat);
    await expect(email.locator('.badge.setting-email').textContent()).resolves.toBe(en.drill.setting.email);
    const all = await page.locator('.scenario-card').count();
    await page.getByLabel(en.written.filter.label).selectOption('email');
    await expect.poll(() => page.locator('.scenario-card').count()).toBe(1);
    await expect(page.locator('.scenario-card .badge.setting-email').count()).resolves.toBe(1);
    await page.getByLabel(en.written.filter.label).selectOption('chat');
    await expect.poll(() => page.locator('.scenario-card').count()).toBe(1);
    await shot(page, 'library-filter-1366-en');
    await page.getByLabel(en.written.filter.label).selectOption('all');
    await expect.poll(() => page.locator('.scenario-card').count()).toBe(all);
    await expectAxeClean(page, 'library with the channel filter');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const { language, width, browserLocale } of [
    { language: 'zh-Hant' as const, width: 390, browserLocale: 'zh-HK' },
    { language: 'en' as const, width: 1366, browserLocale: 'en-GB' },
  ]) {
    it(`chat (${language}, ${width} px): bubbles with times, typing, a waiting clock, and a slow answer the customer remarks on`, async () => {
      const strings = LOCALES[language];
      const { context, page, errors } = await newPage(browser(), { locale: browserLocale, quickCustomer: true });
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${base}?trainee=written&lng=${language}#/drill/chat-late-birthday-cake`);
      await page.getByRole('button', { name: strings.drill.briefing.start }).click();
      await expect(page.locator('.chat-bar .presence').textContent()).resolves.toBe(strings.written.chat.online);
      await expect(page.locator('.bubbles.chat .bubble-time time').count()).resolves.toBe(1);
      await expect(page.getByRole('button', { name: strings.written.chat.send }).count()).resolves.toBe(1);
      const replies = cake.replies.good[language];
      await sendReply(page, replies[0]!);
      // The customer's answer carries a time too; the clock counts while the trainee writes.
      await expect(page.locator('.bubbles.chat .bubble-time time').count()).resolves.toBe(3);
      await expect(page.locator('.waiting-clock').count()).resolves.toBe(1);
      // Ninety seconds pass before the next message: the clock warns and the customer says so.
      await page.clock.fastForward(90_000);
      await expect(page.locator('.waiting-clock.slow').count()).resolves.toBe(1);
      await shot(page, `chat-waiting-${width}-${language}`);
      await sendReply(page, replies[1]!);
      const doc = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/chat-late-birthday-cake.json'), 'utf8')) as { remarks: { slowReply: Record<string, string>[] } };
      const last = (await page.locator('.bubble-row.customer .bubble-text').last().textContent()) ?? '';
      expect(doc.remarks.slowReply.some((l) => last.includes(l[language] ?? '?'))).toBe(true);
      // Nothing hidden (the screen reader's live status, at the end of the scrolled transcript) lengthens the page
      // below its footer while the conversation scrolls.
      const belowFooter = () =>
        page.evaluate(() => {
          const footer = document.querySelector('footer')!.getBoundingClientRect().bottom + window.scrollY;
          return document.documentElement.scrollHeight - Math.max(footer, window.innerHeight);
        });
      for (const reply of replies.slice(2)) {
        if ((await page.locator('textarea').count()) === 0) break;
        await sendReply(page, reply);
        if ((await page.locator('textarea').count()) > 0) expect(await belowFooter()).toBeLessThanOrEqual(1);
      }
      await expectAxeClean(page, `chat drill ${language}`);
      await shot(page, `chat-end-${width}-${language}`);
      await finish(page, strings, { cause: 'service', motive: 'fix', severity: 'serious' });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const { language, width, browserLocale } of [
    { language: 'en' as const, width: 1366, browserLocale: 'en-GB' },
    { language: 'zh-Hans' as const, width: 390, browserLocale: 'zh-CN' },
  ]) {
    it(`email (${language}, ${width} px): subject, the customer's email as an email, greeting and sign-off helpers, Ctrl+Enter sends`, async () => {
      const strings = LOCALES[language];
      const { context, page, errors } = await newPage(browser(), { locale: browserLocale, quickCustomer: true });
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${base}?trainee=written&lng=${language}#/drill/lift-outage-email`);
      await page.getByRole('button', { name: strings.drill.briefing.start }).click();
      const first = page.locator('.email-message').first();
      await expect(first.locator('.email-head').textContent()).resolves.toContain(strings.written.email.subject);
      await expect(page.locator('.email-bar').textContent()).resolves.toContain(language === 'en' ? 'Block B lift' : 'B座电梯');
      // The helpers write the greeting and sign-off in the drill's language, around what is typed.
      const box = page.locator('textarea');
      await box.fill(language === 'en' ? 'I am very sorry.' : '非常抱歉。');
      await page.getByRole('button', { name: strings.written.email.insertGreeting }).click();
      await page.getByRole('button', { name: strings.written.email.insertSignOff }).click();
      const drafted = await box.inputValue();
      expect(drafted).toMatch(language === 'en' ? /^Dear Mr (Cheung|Choi),\n\nI am very sorry\.\n\nKind regards,/ : /^(张|蔡)先生您好：\n\n非常抱歉。\n\n祝好/);
      await shot(page, `email-draft-${width}-${language}`);
      const replies = language === 'zh-Hans' ? lift.replies.good['zh-Hant'].map(toHans) : lift.replies.good[language];
      for (const reply of replies) {
        if ((await page.locator('textarea').count()) === 0) break;
        await sendEmail(page, reply);
      }
      await expect(page.locator('.bubble-row.email.trainee .email-head').first().textContent()).resolves.toContain(strings.written.email.re.replace('{{subject}}', '').trim().slice(0, 3));
      await expectAxeClean(page, `email drill ${language}`);
      await shot(page, `email-end-${width}-${language}`);
      await finish(page, strings, { cause: 'service', motive: 'revenge', severity: 'serious' });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
