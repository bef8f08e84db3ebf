// Real browser: deep link, briefing, typing replies with Enter, practice feedback, reload and resume,
// diagnosis, scorecard (equal to the engine's for the same replies, locale and seed), axe on every screen.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { golden } from '../../src/domain/scenario/golden/angry-resident.golden.ts';
import { expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

const GOOD = golden.replies.good['zh-Hant'];

const inConversation = (page: Page) => page.locator('textarea').count().then((n) => n > 0);

describe('drill (real browser)', () => {
  it('runs a practice drill from a deep link to the scorecard, resuming after a reload', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'zh-HK', quickCustomer: true });
    await page.goto(`${base}?trainee=E2E#/drill/angry-resident`);
    await page.getByRole('heading', { name: '處理投訴六步驟' }).waitFor();
    await expectAxeClean(page, 'briefing');
    await page.getByRole('button', { name: '開始對話' }).click();

    await sendReply(page, GOOD[0]!);
    await sendReply(page, GOOD[1]!);
    // Practice feedback: moves detected under the trainee's reply; the customer's answer is announced.
    await expect(page.locator('.feedback').count()).resolves.toBe(2);
    await expect(page.locator('.chip.helpful').first().isVisible()).resolves.toBe(true);
    const live = await page.locator('.transcript [aria-live="polite"]').textContent();
    // The status announces who speaks and the customer's last line (the customer's name varies with the play's seed).
    const customer = page.locator('.bubble-row.customer').last();
    const speaker = (await customer.locator('.speaker').textContent()) ?? '';
    expect(speaker).toMatch(/^.{1,3}先生$/);
    // In the drill's language: a Chinese drill announces it with a full-width colon.
    expect(live).toBe(`${speaker}：${await customer.locator('.bubble-text').textContent()}`);
    await expectAxeClean(page, 'drill');

    // A reload resumes exactly where the drill was.
    await page.reload();
    await page.locator('textarea').waitFor();
    await expect(page.locator('.bubble-row.trainee').count()).resolves.toBe(2);
    await page.getByText('已恢復您上次的進度', { exact: false }).waitFor();

    for (const reply of GOOD.slice(2)) {
      if (!(await inConversation(page))) break;
      await sendReply(page, reply);
    }
    if (await inConversation(page)) {
      await page.getByRole('button', { name: '結束演練' }).click();
      await page.getByRole('button', { name: '結束並評分' }).click();
    }

    await page.getByRole('heading', { name: '最後一步：判斷這宗投訴' }).waitFor();
    await expectAxeClean(page, 'diagnosis');
    await page.getByLabel('投訴類型（按原因）').selectOption('service');
    await page.getByLabel('顧客的主要動機').selectOption('fix');
    await page.getByLabel('嚴重程度').selectOption('ordinary');
    await page.getByRole('button', { name: '提交並查看成績' }).click();

    await page.getByRole('heading', { name: '各項能力' }).waitFor();
    await expectAxeClean(page, 'scorecard');

    // Same engine, same result: `npx defuse drill` with the same replies, locale and seed prints the
    // scorecard the app shows.
    const seed = (await page.locator('.scorecard').getAttribute('data-seed')) ?? '';
    // The scorecard names no developer command (issue 16).
    await expect(page.getByText('npx defuse').count()).resolves.toBe(0);
    const played = await page.locator('.turn-reply').count();
    const input = [...GOOD.slice(0, played).map((text) => ({ text })), { diagnosis: { cause: 'service', motive: 'fix', severity: 'ordinary' } }]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const cli = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../bin/defuse.mjs'), 'drill', 'angry-resident', '--locale', 'zh-Hant', '--seed', seed], { input, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    const card = JSON.parse(cli.stdout) as { score: number; outcome: string; dimensions: Record<string, number>; hostility: number[] };
    await expect(page.locator('.dial-score').textContent()).resolves.toBe(String(card.score));
    const dims = await page.locator('.dimension-value').allTextContents();
    expect(dims).toEqual(['listen', 'observe', 'ask', 'judge', 'decide', 'language', 'emotionFirst', 'process'].map((d) => `${card.dimensions[d]} / 100`));
    const hostility = await page.locator('.turn-hostility').allTextContents();
    expect(hostility.map((h) => Number(/\d+/.exec(h)?.[0]))).toEqual(card.hostility);

    // Print layout: A4, no app chrome or buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.scorecard-actions').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(6);
    await page.emulateMedia({ media: 'screen' });

    // The library now shows the best score.
    await page.getByRole('link', { name: '返回情境列表' }).first().click();
    await page.getByText(`${card.score} 分（合格`, { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exam mode shows no feedback during the drill', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await page.goto(`${base}?trainee=Exam#/drill/angry-resident`);
    await page.getByLabel('Exam', { exact: false }).check();
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    // User text is rendered as text, never HTML.
    await sendReply(page, '<img src=x onerror="window.__xss=1">I am sorry you had to wait.');
    await expect(page.locator('.bubble-row.trainee .bubble-text').first().textContent()).resolves.toContain('<img src=x');
    await expect(page.locator('.bubbles img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(page.locator('.feedback').count()).resolves.toBe(0);
    await expect(page.locator('.hostility .delta').count()).resolves.toBe(0);
    await context.close();
  });
});
