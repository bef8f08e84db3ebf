// The order vitest runs the files in: its own (projects one after another; within a project, files it has
// not timed yet first, then the failed, then the longest), with the files of one project that share a test
// environment kept together. A worker of a shared-graph project (isolate: false) is reused only while the
// next file in the queue has the same project and environment: interleaved by length, the ui project's jsdom
// and node files started a fresh worker (jsdom, React, i18next and the engine loaded again) about 30 times
// a run. Each group goes where its first file was, so the longest files still start first.
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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
    const sorted = await super.sort(files);
    const groups = new Map<string, TestSpecification[]>();
    for (const spec of sorted) {
      const key = `${spec.project.name}\0${environmentOf(spec)}`;
      const group = groups.get(key);
      if (group) group.push(spec);
      else groups.set(key, [spec]);
    }
    return [...groups.values()].flat();
  }
}
