// A module mock leaks into the next file where files share a module graph: each file that mocks is named in
// MOCKING, which runs it isolated.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MOCKING } from '../setup/mocking-files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('test files that mock a module', () => {
  it('are all named in MOCKING, so they run isolated', () => {
    const tests = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.test\.tsx?$/.test(file))
      .map((file) => `src/${file.replaceAll('\\', '/')}`);
    const mocking = tests.filter((file) => /\bvi\.(?:do)?mock\(/.test(readFileSync(`${root}${file}`, 'utf8')));
    expect(mocking.length).toBeGreaterThan(0);
    expect([...mocking].sort()).toEqual([...MOCKING].sort());
  });
});
