// Drives Debian's Chromium (never a downloaded browser) with playwright-core, plus axe checks.
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM } from './chromium.ts';

/**
 * `--max-opt=2`: V8 optimises hot code with Maglev but not with TurboFan, its slowest compiler. A test's page
 * lives seconds, too short for TurboFan's background compiles to pay for themselves: about 1.5 CPU-s less per
 * heavy browser file, same behaviour (the tiers differ in speed only), and the studio's responsiveness bars keep
 * their margin (tests/e2e/studio-worker.test.ts: about 55 ms of 100 on import, 12–16 of 50 per edit). Without
 * Maglev too (`--max-opt=1`) the 1 MB scenario's checks in the studio's worker cost more than they save.
 */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--max-opt=2'];

function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * The worker's browser, launched on first use and kept for the files after (the browser project shares one
 * module graph per worker, so this module and its browser outlive a file). Launching and closing Chromium
 * cost about 0.25 CPU-s a file; each test still opens its own context (newPage), a fresh profile with its
 * own storage, cookies and IndexedDB, so no test sees another's state. Playwright closes the browser when
 * the worker exits. (One Chromium for all workers, through launchServer, was tried: in the one run measured,
 * on a busy machine, the suite was slower, every page's traffic passing through vitest's main process, and
 * a download's path() is not available over such a connection.)
 */
let shared: Promise<Browser> | undefined;

async function workerBrowser(): Promise<Browser> {
  const current = await shared?.catch(() => undefined);
  if (current?.isConnected()) return current;
  shared = launch();
  return shared;
}

/**
 * This file's browser (the preamble every browser test file shares): the worker's browser, made ready
 * before the file's tests; after them, any context a test left open (a failed test skips its
 * context.close()) is closed, so nothing of this file runs on into the next. Call inside a test:
 * `newPage(browser(), …)`.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await workerBrowser();
  });
  afterAll(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is launched in beforeAll; call browser() inside a test');
    return browser;
  };
}

export interface ContextOptions {
  locale?: string;
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * The simulated customer pauses 0.7–1.8 s to "type" each answer. With this set, the page runs on
   * Playwright's clock and sendReply jumps it over the pause instead of waiting it out; the timer, the
   * typing indicator and everything after still run as they do for a trainee.
   */
  quickCustomer?: boolean;
}

/** Pages whose clock sendReply may move forward. */
const quick = new WeakSet<Page>();

export async function newPage(browser: Browser, options: ContextOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: options.locale ?? 'zh-TW', reducedMotion: options.reducedMotion ?? 'reduce', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Limits for a hung page, not speed targets: with every core busy a step can take many times its usual.
  page.setDefaultTimeout(60_000);
  if (options.quickCustomer) {
    await page.clock.install();
    quick.add(page);
  }
  const errors: string[] = [];
  // Every test doubles as a Content-Security-Policy check: a violation is reported as an error.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, errors };
}

/**
 * The same axe-core release's minified build (axe.min.js, 0.65 MB), not `axe.source` (the unminified 1.5 MB
 * axe.js): every injection sends it through Playwright's pipe and has the page parse it, some forty times a run.
 * Same rules and results; injecting it costs the page about 40 % less (12 injections on three screens:
 * 3.0 → 1.8 renderer-s) and the checks themselves the same.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page as it is now. axe is injected once per document and asked for violations
 * only: AxeBuilder re-injected its 500 kB source on every call and opened a blank page to merge the results,
 * about four times the CPU (ten checks of the library: 8.5 CPU-s against 1.9), with the browser suite
 * calling it some fifty times. A page with frames (an LMS's course frame) still goes through AxeBuilder,
 * which checks inside every frame (its cheaper legacy mode did not: tests/e2e/axe-check.test.ts).
 */
async function axeViolations(page: Page): Promise<axe.Result[]> {
  if (page.frames().length > 1) {
    return (await new AxeBuilder({ page, axeSource: AXE_SOURCE }).options({ resultTypes: ['violations'] }).analyze()).violations;
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations));
}

/**
 * Fails on any serious or critical axe violation, and on a skipped heading level (moderate for axe, but
 * Lighthouse counts it and screen-reader users navigate by headings), listing rule ids and targets: the
 * same findings the component tests' jsdom helper fails on (tests/setup/axe.ts), on the real page.
 */
export async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order');
  expect(bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/** Types a reply and presses Enter, then waits until the customer has answered (the box is writable again). */
export async function sendReply(page: Page, text: string): Promise<void> {
  const box = page.locator('textarea');
  await box.fill(text);
  await box.press('Enter');
  await customerAnswered(page, () => {
    const ta = document.querySelector('textarea');
    return !ta || !ta.readOnly;
  });
}

/**
 * Waits until `answered` holds in the page. On a quickCustomer page the clock is moved on by the longest
 * typing pause each time it does not hold yet (the pause's timer starts once the reply is stored).
 */
export async function customerAnswered(page: Page, answered: () => boolean): Promise<void> {
  if (!quick.has(page)) {
    // Checked every 100 ms, not on every animation frame (Playwright's default): polling by frame keeps the
    // page drawing 60 frames a second through the customer's whole typing pause, for nothing on screen.
    await page.waitForFunction(answered, undefined, { timeout: 60_000, polling: 100 });
    return;
  }
  await expect
    .poll(async () => {
      if (await page.evaluate(answered)) return true;
      await page.clock.fastForward(2_000);
      return page.evaluate(answered);
    }, { timeout: 60_000, interval: 50 })
    .toBe(true);
}

/**
 * Plays the shortest drill to its scorecard at `url` (a drill route): one sincere reply, then End drill if
 * the conversation is still open, and skip the diagnosis step.
 */
export async function playToScorecard(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await sendReply(page, "I'm so sorry, Mr Chan. I can see why you're upset.");
  if ((await page.locator('textarea').count()) > 0) {
    await page.getByRole('button', { name: 'End drill' }).click();
    await page.getByRole('button', { name: 'End and score' }).click();
  }
  await page.getByRole('button', { name: 'Skip to the scorecard' }).click();
  await page.locator('.scorecard .dial-score').waitFor();
}
