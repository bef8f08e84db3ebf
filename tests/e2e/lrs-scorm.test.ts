// Real browser: the SCORM 2004 package's SCO inside an LMS frame whose API_1484_11 is scorm-again;
// the SCO reports the score the scorecard shows, success/completion, one interaction per turn.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { packageScorm } from '../../scripts/package-scorm.ts';
import { newPage, useBrowser } from './browser.ts';
import { playToScorecard } from './lrs-support.ts';
import { PACK_SCENARIO, writeOrgFolder } from '../lrs/org-package.ts';

const distDir = inject('distDir');
const tmp = mkdtempSync(join(tmpdir(), 'defuse-scorm-'));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const browser = useBrowser();
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(tmp, path));
    try {
      if (!file.startsWith(tmp)) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  rmSync(tmp, { recursive: true, force: true });
});

describe('SCORM 2004 package (real browser, scorm-again as the LMS API)', () => {
  it('reports score.scaled, success and completion status and one interaction per turn', async () => {
    const zip = await packageScorm({ ids: ['angry-resident'], dist: distDir, out: join(tmp, 'scorm.zip') });
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    // As an LMS launches an item: the SCO resource's href with the item's parameters appended (IMS CP).
    const href = /adlcp:scormType="sco" href="([^"]+)"/.exec(manifest)![1]!.replace(/&amp;/g, '&');
    const parameters = /<item [^>]*identifier="item-angry-resident"[^>]*parameters="([^"]+)"/.exec(manifest)![1]!.replace(/&amp;/g, '&');
    expect(href).not.toContain('?');
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp, 'course', name)), { recursive: true });
      writeFileSync(join(tmp, 'course', name), data);
    }
    const require = createRequire(import.meta.url);
    writeFileSync(join(tmp, 'scorm2004.js'), readFileSync(join(dirname(require.resolve('scorm-again')), 'scorm2004.js')));
    // The LMS page: scorm-again's API on the window, the SCO in a frame (as an LMS player does).
    writeFileSync(
      join(tmp, 'lms.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><script src="scorm2004.js"></script>
<script>window.API_1484_11 = new Scorm2004API({ autocommit: false, logLevel: 5 });
window.API_1484_11.loadFromJSON({ learner_id: 'S-77', learner_name: 'Scorm Learner' }, 'cmi');</script></head>
<body><iframe title="course" style="width:1200px;height:860px" src="course/${href}${parameters}"></iframe></body></html>`,
    );

    const { context, page } = await newPage(browser(), { locale: 'zh-HK' });
    await page.goto(`${origin}/lms.html`);
    const sco = page.frameLocator('iframe');
    await sco.getByRole('button', { name: '開始對話' }).waitFor();
    const frame = page.frames().find((f) => f.url().includes('/course/'))!;
    expect(frame.url()).toMatch(/#\/drill\/angry-resident$/);
    expect(await page.evaluate(() => (window as unknown as { API_1484_11: { isInitialized(): boolean } }).API_1484_11.isInitialized())).toBe(true);

    // Drive the drill inside the frame with the same steps as the other tests.
    const played = await playToScorecard(frame as unknown as Parameters<typeof playToScorecard>[0]);
    // The score the scorecard shows.
    const shown = Number(await frame.locator('.scorecard-head .dial-score').first().textContent());

    const read = () =>
      page.evaluate(() => {
        const api = (window as unknown as { API_1484_11: { GetValue(e: string): string } }).API_1484_11;
        const n = Number(api.GetValue('cmi.interactions._count'));
        return {
          scaled: api.GetValue('cmi.score.scaled'),
          raw: api.GetValue('cmi.score.raw'),
          success: api.GetValue('cmi.success_status'),
          completion: api.GetValue('cmi.completion_status'),
          learner: api.GetValue('cmi.learner_name'),
          interactions: n,
          types: Array.from({ length: n }, (_, i) => api.GetValue(`cmi.interactions.${i}.type`)),
          firstResponse: n > 0 ? api.GetValue('cmi.interactions.0.learner_response') : '',
          suspend: api.GetValue('cmi.suspend_data'),
        };
      });
    // The SCO reports once the scorecard is stored: wait (up to 5 s) until the LMS's API holds the completion. If it never
    // comes, the expectation below says what the API holds instead.
    await page
      .waitForFunction(() => (window as unknown as { API_1484_11: { GetValue(e: string): string } }).API_1484_11.GetValue('cmi.completion_status') === 'completed', undefined, { timeout: 5_000 })
      .catch(() => {});
    const values = await read();
    expect(values.completion).toBe('completed');
    expect(values.interactions).toBe(played);
    expect(values.types.every((t) => t === 'long-fill-in')).toBe(true);
    expect(values.firstResponse).toContain('您好');
    expect(Number(values.scaled)).toBeCloseTo(Number(values.raw) / 100, 5);
    expect(Number(values.raw)).toBe(shown);
    // The scorecard's own verdict and score, read from the attempt the app stored.
    const stored = await frame.evaluate(
      () =>
        new Promise<{ score: number; passed: boolean }>((ok, fail) => {
          const open = indexedDB.open('defuse');
          open.onsuccess = () => {
            const all = open.result.transaction('attempts').objectStore('attempts').getAll();
            all.onsuccess = () => ok(all.result[0] as { score: number; passed: boolean });
            all.onerror = () => fail(new Error('read'));
          };
          open.onerror = () => fail(new Error('open'));
        }),
    );
    expect(Number(values.raw)).toBe(Math.round(stored.score));
    expect(values.success).toBe(stored.passed ? 'passed' : 'failed');
    expect(values.learner).toBe('Scorm Learner');
    expect(values.suspend.length).toBeLessThan(200);
    await context.close();
  });

  it("launches a scenario from the organisation's pack that the package carries, and reports it like any other", async () => {
    const config = await writeOrgFolder(join(tmp, 'org'));
    const zip = await packageScorm({ ids: ['angry-resident', PACK_SCENARIO.id], dist: distDir, out: join(tmp, 'scorm-org.zip'), config });
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const manifest = strFromU8(files['imsmanifest.xml']!);
    const href = /adlcp:scormType="sco" href="([^"]+)"/.exec(manifest)![1]!.replace(/&amp;/g, '&');
    const parameters = new RegExp(`<item [^>]*identifier="item-${PACK_SCENARIO.id}"[^>]*parameters="([^"]+)"`).exec(manifest)![1]!.replace(/&amp;/g, '&');
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp, 'course-org', name)), { recursive: true });
      writeFileSync(join(tmp, 'course-org', name), data);
    }
    const require = createRequire(import.meta.url);
    writeFileSync(join(tmp, 'scorm2004.js'), readFileSync(join(dirname(require.resolve('scorm-again')), 'scorm2004.js')));
    writeFileSync(
      join(tmp, 'lms-org.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><script src="scorm2004.js"></script>
<script>window.API_1484_11 = new Scorm2004API({ autocommit: false, logLevel: 5 });
window.API_1484_11.loadFromJSON({ learner_id: 'S-78', learner_name: 'Pack Learner' }, 'cmi');</script></head>
<body><iframe title="course" style="width:1200px;height:860px" src="course-org/${href}${parameters}"></iframe></body></html>`,
    );
    const { context, page } = await newPage(browser(), { locale: 'zh-HK' });
    await page.goto(`${origin}/lms-org.html`);
    const sco = page.frameLocator('iframe');
    // The pack's scenario, read from the package's own config and pack (no server of the organisation's).
    await sco.getByText(PACK_SCENARIO.titleZhHant).first().waitFor();
    const frame = page.frames().find((f) => f.url().includes('/course-org/'))!;
    expect(frame.url()).toMatch(new RegExp(`#/drill/${PACK_SCENARIO.id}$`));
    await playToScorecard(frame as unknown as Parameters<typeof playToScorecard>[0]);
    // Completion reaches the LMS's API once the attempt is stored.
    await page.waitForFunction(() => (window as unknown as { API_1484_11: { GetValue(e: string): string } }).API_1484_11.GetValue('cmi.completion_status') === 'completed');
    await context.close();
  });
});
