// Real browser: the built app ships a strict Content-Security-Policy and every screen works under it.
// (Every browser test also fails on any violation: newPage reports `securitypolicyviolation` as an error.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const browser = useBrowser();

describe('Content-Security-Policy (real browser)', () => {
  it('is a meta tag with no inline script, no eval and a favicon file', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).toContain('href="./favicon.svg"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('blocks an injected inline script, while library, drill, dashboard and studio work with zero violations', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await page.goto(base);
    await page.getByLabel('Name or staff ID').fill('CSP check');
    await page.keyboard.press('Enter');
    await page.locator('.scenario-card').first().waitFor();
    // The policy is in force: an inline script injected into the page does not run, and is reported.
    const reported = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('CSP violation: script-src') });
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await reported;
    errors.length = 0;

    await page.goto(`${base}#/drill/angry-resident`);
    // The briefing first, then the conversation.
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await page.locator('textarea').waitFor();
    await sendReply(page, '陳先生,真的很抱歉,漏水一個星期確實讓人很煩。');
    await page.goto(`${base}#/scorecards`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(`${base}#/studio`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
