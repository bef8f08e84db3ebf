// The suite's file order (tests/setup/sequencer.ts): a shared-graph worker is reused only while the next file
// in the queue has its project and test environment, so those files must come one after another.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import { GroupedSequencer } from '../setup/sequencer.ts';

const root = `${resolve(import.meta.dirname, '../..')}/`;

/** A project as the sequencer sees it: a name, node by default, no group order, not isolated. */
const project = (name: string) => ({ name, config: { environment: 'node', isolate: false, sequence: { groupOrder: 0 } } });

/** Nothing timed yet, as on a fresh clone: vitest then keeps the order the files were found in. */
const freshClone = { config: { root }, cache: { getFileTestResults: () => undefined, getFileStats: () => undefined } } as unknown as Vitest;

describe('the test file order', () => {
  it("runs each project's jsdom files one after another, and its node files, projects in vitest's order", async () => {
    const [ui, unit] = [project('ui'), project('unit')];
    // Every component and unit test under src, as one project, in name order (jsdom and node interleaved).
    const files = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.test\.tsx?$/.test(file))
      .sort()
      .map((file) => ({ project: ui, moduleId: `${root}src/${file}` }));
    const specs = [{ project: unit, moduleId: `${root}tests/tooling/sequencer.test.ts` }, ...files] as unknown as TestSpecification[];
    // The docblock that puts a file in jsdom (spelt in two parts here, or vitest would read it as this file's).
    const jsdom = `@vitest-${'environment'} jsdom`;
    const key = (spec: TestSpecification) => `${spec.project.name} ${readFileSync(spec.moduleId, 'utf8').includes(jsdom) ? 'jsdom' : 'node'}`;
    const before = specs.map(key).filter((k, i, keys) => k !== keys[i - 1]);
    expect(before.length).toBeGreaterThan(10);

    const sorted = await new GroupedSequencer(freshClone).sort(specs);
    expect(new Set(sorted)).toEqual(new Set(specs));
    expect(sorted.map(key).filter((k, i, keys) => k !== keys[i - 1])).toEqual(['ui jsdom', 'ui node', 'unit node']);
  });

  it('on a fresh clone starts the files known to be long first, longest first, in each project', async () => {
    const unit = project('unit');
    const small = ['src/i18n/languages.test.ts', 'src/cli/parse-args.test.ts'];
    const long = ['tests/cli/cli.test.ts', 'tests/fuzz/fuzz.test.ts', 'tests/transcripts/blind-transcripts.test.ts'];
    const specs = [...small, ...long].map((file) => ({ project: unit, moduleId: `${root}${file}` })) as unknown as TestSpecification[];
    const sorted = await new GroupedSequencer(freshClone).sort(specs);
    expect(sorted.map((spec) => spec.moduleId.slice(root.length))).toEqual([...long].reverse().concat(small));
    // Once vitest has timed the files, its timings decide (here: the order it was given, all equal).
    const timed = { ...freshClone, cache: { getFileTestResults: () => ({ duration: 1, failed: false }), getFileStats: () => undefined } } as unknown as Vitest;
    expect(await new GroupedSequencer(timed).sort(specs)).toEqual(specs);
  });

  it('lists durations only of test files that exist, under a project of the config', () => {
    const listed = Object.keys(JSON.parse(readFileSync(`${root}tests/setup/file-durations.json`, 'utf8')) as Record<string, number>);
    expect(listed.length).toBeGreaterThan(20);
    for (const key of listed) {
      const [name, path] = key.split(/:(.*)/) as [string, string];
      expect(['unit', 'ui', 'ui-mocks', 'e2e'], key).toContain(name);
      expect(existsSync(`${root}${path}`), key).toBe(true);
    }
  });
});
