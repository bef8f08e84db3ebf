// The accessibility check every browser test relies on (expectAxeClean) fails where it must: on the page
// itself and inside a frame, for serious and critical findings and for a skipped heading level.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAxeClean, newPage, useBrowser } from './browser.ts';

const browser = useBrowser();
/** What expectAxeClean reports for the page ('' when it passes). */
const findings = (page: Page, screen: string) =>
  expectAxeClean(page, screen).then(
    () => '',
    (e: { actual?: unknown }) => String(e.actual),
  );
const PROBLEMS = '<main><h1>Probe</h1><h3>Skipped a level</h3><button></button><input type="text"></main>';

describe('expectAxeClean (real browser)', () => {
  it('passes a clean page and names each finding of a page with problems', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-GB' });
    await page.setContent('<html lang="en"><head><title>Clean</title></head><body><main><h1>Clean</h1><button>Save</button></main></body></html>');
    await expectAxeClean(page, 'clean');
    await page.setContent(`<html lang="en"><head><title>Problems</title></head><body>${PROBLEMS}</body></html>`);
    const failure = await findings(page, 'probe');
    expect(failure).toMatch(/probe: button-name \(critical\)/);
    expect(failure).toMatch(/probe: label \(critical\)/);
    expect(failure).toMatch(/probe: heading-order/);
    await context.close();
  });

  it('checks inside a frame too', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-GB' });
    const frame = `<html lang="en"><head><title>Course</title></head><body>${PROBLEMS}</body></html>`;
    await page.setContent(`<html lang="en"><head><title>LMS</title></head><body><main><h1>LMS</h1><iframe title="course" srcdoc='${frame}'></iframe></main></body></html>`);
    await page.frameLocator('iframe').locator('button').waitFor();
    const failure = await findings(page, 'framed');
    expect(failure).toMatch(/framed: button-name \(critical\)/);
    await context.close();
  });
});
