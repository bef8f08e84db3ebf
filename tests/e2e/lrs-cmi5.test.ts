// Real browser: the cmi5 package's AU launched as an LMS would, producing a valid, correctly ordered
// statement stream, stored by the real LRS (Learning Locker's statement service) and checked against
// cmi5's rules; the LMS's fetch URL, LaunchData and course page are the small double in tests/lrs.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { CMI5, EXT, VERBS } from '../../src/domain/xapi/iris.ts';
import { packageCmi5 } from '../../scripts/package-cmi5.ts';
import { cmi5Errors } from '../lrs/cmi5-check.ts';
import { startTestLrs, type TestLrs } from '../lrs/test-lrs.ts';
import { expectAxeClean, newPage, useBrowser } from './browser.ts';
import { playToScorecard, until } from './lrs-support.ts';
import { openTrainerTools } from './trainer.ts';

const base = inject('baseUrl');
const distDir = inject('distDir');
const browser = useBrowser();
let lrs: TestLrs;
const tmp = mkdtempSync(join(tmpdir(), 'defuse-cmi5-'));

beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 5 * 60_000 });
});
beforeEach(() => lrs.reset());
afterAll(async () => {
  await lrs?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('cmi5 launch (real browser)', () => {
  it('initialized first, answered…, one completed, one passed/failed at the mastery score, terminated last; the header LRS on the same store loses nothing', async () => {
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

    const { context, page } = await newPage(browser(), { locale: 'zh-HK' });
    // The header's LRS is the same store as the LMS's: both routes report the same attempt there.
    await page.goto(base);
    // The record-store settings are behind "For trainers", which a trainer unlocks.
    await openTrainerTools(page, base);
    await page.getByLabel('xAPI 端點網址').fill(lrs.endpoint);
    await page.getByLabel('金鑰（用戶名）').fill('test-key');
    await page.getByLabel('密鑰（密碼）').fill('test-secret');
    await page.getByRole('button', { name: '儲存' }).click();
    await page.locator('.sync-summary').getByText('學習記錄已同步').waitFor();
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
    expect(cmi5Errors(stream, Number(mastery))).toEqual([]);
    // The header route's statements of the same attempt are stored too (ids of their own: no 409).
    await page.locator('.sync-summary').getByText('學習記錄已同步').waitFor();
    expect(lrs.statements.filter((s) => s.context?.registration !== registration)).toHaveLength(played + 2);
    expect(lrs.tally().refused).toBe(0);
    console.info(`[lrs numbers] cmi5 launch (+ header LRS on the same store): ${JSON.stringify(lrs.tally())}, stored ${lrs.statements.length}`);

    // Exit after the finished attempt (terminated already queued): nothing more is sent; with no
    // returnURL from the LMS the page says the session has ended and the window can be closed.
    await page.getByRole('button', { name: '結束課程' }).click();
    await page.getByRole('heading', { name: '本次課程已結束' }).waitFor();
    await page.getByText('現在可以關閉這個視窗。').waitFor();
    expect(lrs.statements.filter((s) => s.context?.registration === registration)).toHaveLength(stream.length);
    await expectAxeClean(page, 'cmi5 session ended');
    await context.close();
  });

  it('exit before finishing: initialized, terminated only, then the LMS returnURL; back again, the session stays ended', async () => {
    const registration = randomUUID();
    const returnURL = `${lrs.lmsPage}?registration=${registration}`;
    const activityId = 'https://w3id.org/defuse/xapi/scenarios/angry-resident';
    const params = lrs.cmi5Launch({ registration, activityId, masteryScore: 0.7, returnURL, actor: { objectType: 'Agent', name: 'Early Leaver', account: { homePage: 'https://lms.example.com', name: 'L-43' } } });
    const launchUrl = new URL(`${base}?scenario=angry-resident`);
    for (const [k, v] of params) launchUrl.searchParams.set(k, v);

    const { context, page, errors } = await newPage(browser(), { locale: 'zh-HK' });
    await page.goto(launchUrl.href);
    await page.waitForURL(/#\/drill\/angry-resident$/);
    await until(() => lrs.statements.some((s) => s.context?.registration === registration && s.verb.id === VERBS.initialized.id));
    // Mid-drill: one reply sent, then the trainee goes back to the course.
    await playToScorecard(page, { stopAfter: 1 });
    const exit = page.getByRole('button', { name: '返回課程' });
    await exit.waitFor();
    await expectAxeClean(page, 'cmi5 drill with the exit action');
    await exit.click();
    await page.waitForURL(returnURL);
    await page.getByRole('heading', { name: 'Test LMS course page' }).waitFor();

    expect(lrs.rejections).toEqual([]);
    const verbs = () => lrs.statements.filter((s) => s.context?.registration === registration).map((s) => s.verb.id);
    expect(verbs()).toEqual([VERBS.initialized.id, VERBS.terminated.id]);

    // Back in the AU's tab (or a reload): no second initialized, nothing sent, the session shows as ended.
    await page.goBack();
    await page.getByRole('heading', { name: '本次課程已結束' }).waitFor();
    await expect(page.getByRole('link', { name: '返回課程' }).getAttribute('href')).resolves.toBe(returnURL);
    await expectAxeClean(page, 'cmi5 session ended, with a returnURL');
    await page.reload();
    await page.getByRole('heading', { name: '本次課程已結束' }).waitFor();
    // The outbox has been read and drained: had anything been queued, it would have been sent by now.
    await page.locator('.sync-summary').getByText('學習記錄已同步').waitFor();
    expect(verbs()).toEqual([VERBS.initialized.id, VERBS.terminated.id]);
    expect(cmi5Errors(lrs.statements.filter((s) => s.context?.registration === registration))).toEqual([]);
    expect(lrs.rejections).toEqual([]);
    // 404s are expected (no cmi5LearnerPreferences stored, the test LMS page's favicon); nothing else.
    expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    await context.close();
  });

  it('LRS unreachable at exit: says the records stay queued; once it is back, Try again sends terminated and returns', async () => {
    const registration = randomUUID();
    const returnURL = `${lrs.lmsPage}?registration=${registration}`;
    const params = lrs.cmi5Launch({ registration, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', returnURL, actor: { objectType: 'Agent', name: 'Offline Leaver', account: { homePage: 'https://lms.example.com', name: 'L-44' } } });
    const launchUrl = new URL(`${base}?scenario=angry-resident`);
    for (const [k, v] of params) launchUrl.searchParams.set(k, v);
    const verbs = () => lrs.statements.filter((s) => s.context?.registration === registration).map((s) => s.verb.id);

    const { context, page } = await newPage(browser(), { locale: 'zh-HK' });
    await page.goto(launchUrl.href);
    await page.getByRole('button', { name: '返回課程' }).waitFor();
    lrs.setDown(true);
    try {
      await page.getByRole('button', { name: '返回課程' }).click();
      await page.getByRole('heading', { name: '暫時未能連接課程的學習記錄庫' }).waitFor({ timeout: 20_000 });
      await page.getByText('還有 1 條學習記錄未上傳').waitFor();
      expect(page.url()).not.toContain('/lms/course');
      await expectAxeClean(page, 'cmi5 exit, LRS unreachable');
    } finally {
      lrs.setDown(false);
    }
    await page.getByRole('button', { name: '再試一次' }).click();
    await page.waitForURL(returnURL);
    expect(verbs()).toEqual([VERBS.initialized.id, VERBS.terminated.id]);
    expect(lrs.rejections).toEqual([]);
    await context.close();
  });
});
