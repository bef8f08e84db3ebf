// Where the browser suite finds Chromium (Debian's, never a downloaded one), and the one line that says how
// to get it. `npm test` runs this file first, so a machine without Chromium hears it at once, not from
// deep inside a test. `CHROMIUM_PATH` points the suite at another Chromium build.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Null when Chromium is there; else the line to print. */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `The browser tests need Chromium at ${CHROMIUM}: run \`apt-get install -y chromium fonts-wqy-microhei\` (as root; .ci/run does it), or set CHROMIUM_PATH.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const missing = chromiumMissing();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
}
