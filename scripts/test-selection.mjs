// Which parts of the suite a narrowed `npm test` run selects (scripts/run-tests.mjs asks before it checks for
// Chromium and installs the test LRS).
import { readdirSync } from 'node:fs';

/**
 * Whether vitest, given these arguments, would run a test file under `folder` (whose tests are in `project`):
 * vitest runs a file when its path contains any filter (every file when there is none) and its project is
 * among the `--project` options (every project when there is none).
 */
export function selection(args, root = new URL('../', import.meta.url)) {
  const filters = [];
  const projects = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--project') projects.push(args[(i += 1)] ?? '');
    else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
    else if (!arg.startsWith('-')) filters.push(arg);
    // Other options: a value that follows one is never a path under tests/ (and a false match only means one
    // more check runs, never one missing).
  }
  return (folder, project) => {
    if (projects.length > 0 && !projects.includes(project)) return false;
    if (filters.length === 0) return true;
    const files = readdirSync(new URL(folder, root), { recursive: true }).map((name) => `${folder}${String(name)}`);
    return files.some((file) => filters.some((filter) => file.includes(filter.replace(/^\.\//, ''))));
  };
}
