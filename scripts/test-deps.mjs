// Before the suite: the learning-record tests run against a real LRS (Learning Locker's statement
// service) installed in its own folder with its own lockfile. On a fresh clone it is not there yet:
// install it once (only the npm registry is needed), so `npm test` works after a plain `npm ci`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../tests/lrs/learning-locker/', import.meta.url));
if (!existsSync(`${folder}node_modules`)) {
  console.log('Installing the test LRS (tests/lrs/learning-locker, once)…');
  execFileSync('npm', ['ci', '--prefix', folder, '--no-audit', '--no-fund', '--engine-strict=false', '--loglevel=error'], { stdio: 'inherit' });
}
