// `npm test`: the type check, the linter and every test. The type check and the linter run beside the
// test runner rather than before it: the browser tests spend most of their time waiting on Chromium, and
// the checks use that idle CPU. Their output is held and printed when they finish (at once if they fail);
// a summary closes the run. Exit 1 if any part fails. Arguments go to vitest (`npm test -- src/cli`).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { selection } from './test-selection.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const tsc7 = fileURLToPath(new URL('../node_modules/typescript7/bin/tsc', import.meta.url));

/** Runs a command in the project folder; `hold` keeps its output (printed later) instead of streaming it. */
function run(label, command, args, hold) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (hold) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => resolve({ label, ok: false, seconds: 0, output: `${error.message}\n` }));
    child.on('close', (code) => {
      const result = { label, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000), output };
      if (hold && !result.ok) process.stdout.write(`\n${label} failed:\n${output}\n`);
      resolve(result);
    });
  });
}

// A run narrowed to some files (`npm test -- src/cli`) or projects (`--project unit`) needs Chromium and the
// test LRS only when one of its files is a browser or learning-record test.
const selects = selection(process.argv.slice(2));

// A machine without Chromium hears how to get it in one line, before anything else runs.
if (selects('tests/e2e/', 'e2e')) {
  const chromium = await run('chromium', bin('tsx'), ['tests/e2e/chromium.ts'], false);
  if (!chromium.ok) process.exit(1);
}

// The learning-record tests run against a real LRS installed in its own folder (once, on a fresh clone).
if (selects('tests/lrs/', 'unit')) {
  const deps = await run('test LRS', process.execPath, ['scripts/test-deps.mjs'], false);
  if (!deps.ok) process.exit(1);
}

// Both checks keep what they learnt in node_modules/.cache (gitignored; a fresh clone, as on CI, starts
// without it): the type check its incremental build info, the linter each file's result by content, so a
// second run re-checks only what changed (and everything after a change to the config or to TypeScript).
const cache = fileURLToPath(new URL('../node_modules/.cache/defuse/', import.meta.url));
mkdirSync(cache, { recursive: true });
const checks = (async () => {
  // TypeScript 7 (the native compiler, installed as `typescript7` beside TypeScript 5, which typescript-eslint still
  // needs for its parser) checks the same tsconfig in about a quarter of the CPU: 4 CPU-s instead of 16 on a fresh
  // clone. One checker thread: the tests use both cores, so more threads would only queue.
  const typecheck = await run('typecheck', process.execPath, [tsc7, '--noEmit', '-p', 'tsconfig.json', '--singleThreaded', '--incremental', '--tsBuildInfoFile', `${cache}tsconfig.tsbuildinfo`], true);
  const lint = await run('lint', bin('eslint'), ['--max-warnings', '0', '--cache', '--cache-strategy', 'content', '--cache-location', `${cache}eslint`, '.'], true);
  return [typecheck, lint];
})();
const tests = await run('tests', bin('vitest'), ['run', ...process.argv.slice(2)], false);
const results = [...(await checks), tests];

process.stdout.write('\n');
for (const r of results) {
  if (r.ok && r.output.trim()) process.stdout.write(`${r.output.trimEnd()}\n`);
  process.stdout.write(`${r.label.padEnd(10)} ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s\n`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);

