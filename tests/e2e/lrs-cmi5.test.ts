// Real browser: the cmi5 package's AU launched as an LMS would, producing a valid, correctly ordered
// statement stream (the test LRS refuses anything that breaks cmi5's rules).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CMI5, EXT, VERBS } from '../../src/domain/xapi/iris.ts';
import { packageCmi5 } from '../../scripts/package-cmi5.ts';
import { startTestLrs, type TestLrs } from '../lrs/test-lrs.ts';
import { launch, newPage } from './browser.ts';
import { playToScorecard, until } from './lrs-support.ts';

const base = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;
let lrs: TestLrs;
const tmp = mkdtempSync(join(tmpdir(), 'defuse-cmi5-'));

beforeAll(async () => {
  browser = await launch();
  lrs = await startTestLrs({ lifetimeMs: 3 * 60_000 });
});
afterAll(async () => {
  await browser?.close();
  await lrs?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('cmi5 launch (real browser)', () => {
  it('initialized first, answered…, one completed, one passed/failed at the mastery score, terminated last', async () => {
    const zip = await packageCmi5({ ids: ['angry-resident', 'broken-promise'], dist: distDir, out: join(tmp, 'cmi5.zip') });
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const courseXml = strFromU8(files['cmi5.xml']!);
    expect(Object.keys(files)).toContain('defuse/index.html');
    const au = /<au id="([^"]+angry-resident)"[^>]*masteryScore="([\d.]+)"[\s\S]*?<url>([^<]+)<\/url>/.exec(courseXml);
    expect(au).not.toBeNull();
    const [, activityId, mastery, auUrl] = au!;

    const registration = randomUUID();
    const params = lrs.cmi5Launch({
      registration,
      activityId: activityId!,
      masteryScore: Number(mastery),
      actor: { objectType: 'Agent', name: 'CMI5 Learner', account: { homePage: 'https://lms.example.com', name: 'L-42' } },
    });
    // As the LMS does: the AU's URL (relative to the package root) plus the launch parameters.
    const launchUrl = new URL(auUrl!.replace(/&amp;/g, '&'), new URL('../', base));
    for (const [k, v] of params) launchUrl.searchParams.set(k, v);

    const { context, page } = await newPage(browser, { locale: 'zh-HK' });
    await page.goto(launchUrl.href);
    // The launch parameters (endpoint, fetch URL, actor) leave the address bar at once.
    await page.waitForURL(/#\/drill\/angry-resident$/);
    expect(page.url()).not.toMatch(/endpoint|fetch|registration|actor/);
    await until(() => lrs.statements.some((s) => s.verb.id === VERBS.initialized.id));
    await page.getByText('CMI5 Learner').first().waitFor();

    // A reload mid-drill keeps the cmi5 session (no second initialized: the LRS would refuse it).
    await playToScorecard(page, { stopAfter: 2 });
    await page.reload();
    await page.waitForURL(/#\/drill\/angry-resident$/);
    const played = await playToScorecard(page, { resumeAt: 2 });
    await until(() => lrs.statements.some((s) => s.verb.id === VERBS.terminated.id));
    expect(lrs.rejections).toEqual([]);
    const stream = lrs.statements.filter((s) => s.context?.registration === registration);
    const verbs = stream.map((s) => s.verb.id);
    expect(verbs[0]).toBe(VERBS.initialized.id);
    expect(verbs.at(-1)).toBe(VERBS.terminated.id);
    expect(verbs.filter((v) => v === VERBS.answered.id)).toHaveLength(played);
    expect(verbs.filter((v) => v === VERBS.completed.id)).toHaveLength(1);
    const judged = stream.filter((s) => s.verb.id === VERBS.passed.id || s.verb.id === VERBS.failed.id);
    expect(judged).toHaveLength(1);
    const scaled = judged[0]!.result!.score!.scaled;
    expect(judged[0]!.verb.id).toBe(scaled >= Number(mastery) ? VERBS.passed.id : VERBS.failed.id);
    expect(judged[0]!.context?.contextActivities?.category?.map((c) => c.id)).toContain(CMI5.moveOn);
    expect(judged[0]!.result?.extensions?.[`${EXT.dimension}listen`]).toEqual(expect.any(Number));
    expect(stream.every((s) => s.context?.extensions?.[CMI5.sessionId] === `session-${registration}`)).toBe(true);
    expect(stream.every((s) => s.actor.account?.name === 'L-42')).toBe(true);
    await context.close();
  });
});
