// `npm test` on a machine without Chromium: one line that says how to get it, before anything runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
