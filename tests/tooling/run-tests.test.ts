// `npm test` on a machine without Chromium: one line that says how to get it, before anything runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script beside run-tests.mjs, without types
import { selection } from '../../scripts/test-selection.mjs';

const script = fileURLToPath(new URL('../../scripts/run-tests.mjs', import.meta.url));

describe('npm test without Chromium', () => {
  it('says in one line how to install it and stops before the checks and tests', () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('apt-get install -y chromium-headless-shell fonts-wqy-microhei')]);
    expect(r.stderr).toContain('/nonexistent/chromium');
    expect(r.stdout).not.toMatch(/RUN|typecheck|passed/);
  });
});

describe('a narrowed npm test run', () => {
  // Which parts need Chromium (the browser tests, project e2e) and the test LRS (tests/lrs, in project unit).
  const parts = (args: string[]) => {
    const selects = selection(args);
    return { chromium: selects('tests/e2e/', 'e2e'), lrs: selects('tests/lrs/', 'unit') };
  };

  it('needs both for the whole suite', () => {
    expect(parts([])).toEqual({ chromium: true, lrs: true });
  });

  it('needs neither for the command-line tests alone (npm test -- src/cli)', () => {
    expect(parts(['src/cli'])).toEqual({ chromium: false, lrs: false });
    expect(parts(['--project', 'ui'])).toEqual({ chromium: false, lrs: false });
  });

  it('needs Chromium when a filter names a browser test, however it is written', () => {
    expect(parts(['tests/e2e/library'])).toEqual({ chromium: true, lrs: false });
    expect(parts(['./tests/e2e/library.test.ts'])).toEqual({ chromium: true, lrs: false });
    expect(parts(['library.test'])).toMatchObject({ chromium: true });
    expect(parts(['--project=e2e'])).toEqual({ chromium: true, lrs: false });
  });

  it('needs the test LRS for the learning-record tests', () => {
    expect(parts(['tests/lrs/sync'])).toEqual({ chromium: false, lrs: true });
    expect(parts(['tests/lrs', '--project', 'e2e'])).toEqual({ chromium: false, lrs: false });
  });
});
