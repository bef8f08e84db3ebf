// The order vitest runs the files in: its own (projects one after another; within a project, files it has
// not timed yet first, then the failed, then the longest), with the files of one project that share a test
// environment kept together. A worker of a shared-graph project (isolate: false) is reused only while the
// next file in the queue has the same project and environment: interleaved by length, the ui project's jsdom
// and node files started a fresh worker (jsdom, React, i18next and the engine loaded again) about 30 times
// a run. Each group goes where its first file was, so the longest files still start first.
//
// On a fresh clone (CI, a new checkout: vitest has timed no file yet) vitest orders a project's files by size, which
// put the fuzz test (a small file, 18 s) last, alone, at the end of the run. With nothing timed, the files
// file-durations.json lists (milliseconds per `project:path`, from a full run) start first, longest first; the rest
// follow in vitest's order. Once vitest has timings of its own, they decide and the list is not read.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const KNOWN = JSON.parse(readFileSync(new URL('./file-durations.json', import.meta.url), 'utf8')) as Readonly<Record<string, number>>;

/** The environment vitest gives a file: its docblock's, else its project's (the same pattern vitest reads). */
function environmentOf(spec: TestSpecification): string {
  let code = '';
  try {
    code = readFileSync(spec.moduleId, 'utf8');
  } catch {
    // unreadable here: vitest reports it when it runs the file
  }
  return code.match(/@(?:vitest|jest)-environment\s+([\w-]+)\b/)?.[1] ?? spec.project.config.environment ?? 'node';
}

export class GroupedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await this.withKnownDurations(await super.sort(files));
    const groups = new Map<string, TestSpecification[]>();
    for (const spec of sorted) {
      const key = `${spec.project.name}\0${environmentOf(spec)}`;
      const group = groups.get(key);
      if (group) group.push(spec);
      else groups.set(key, [spec]);
    }
    return [...groups.values()].flat();
  }

  /** Key of a file in vitest's results and in file-durations.json. */
  private keyOf(spec: TestSpecification): string {
    return `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId).replaceAll('\\', '/')}`;
  }

  /** With no file timed by vitest, each project's listed files first, longest first (a stable sort otherwise). */
  private withKnownDurations(sorted: TestSpecification[]): TestSpecification[] {
    if (sorted.some((spec) => this.ctx.cache.getFileTestResults(this.keyOf(spec)))) return sorted;
    const projectAt = new Map<string, number>();
    for (const spec of sorted) if (!projectAt.has(spec.project.name)) projectAt.set(spec.project.name, projectAt.size);
    const known = (spec: TestSpecification) => KNOWN[this.keyOf(spec)] ?? -1;
    return sorted
      .map((spec, at) => ({ spec, at }))
      .sort((a, b) => projectAt.get(a.spec.project.name)! - projectAt.get(b.spec.project.name)! || known(b.spec) - known(a.spec) || a.at - b.at)
      .map(({ spec }) => spec);
  }
}
