// Where the browser suite finds Chromium (Debian's, never a downloaded one), and the one line that says how
// to get it. `npm test` runs this file first, so a machine without Chromium hears it at once, not from
// deep inside a test. `CHROMIUM_PATH` points the suite at another Chromium build.
//
// Debian's chromium-headless-shell comes first: the same Chromium build (Blink, V8, the same version as
// the chromium package) without the desktop browser's shell around the page, which is what Playwright itself
// runs for headless tests. The suite's 60 browser tests cost about a fifth less CPU in it (measured side by
// side, README "What npm test costs"); the full browser is the fallback where only it is installed.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DEBIAN = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

export const CHROMIUM = process.env.CHROMIUM_PATH ?? DEBIAN.find((path) => existsSync(path)) ?? DEBIAN[0]!;

/** Null when Chromium is there; else the line to print. */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `The browser tests need Chromium at ${CHROMIUM}: run \`apt-get install -y chromium-headless-shell fonts-wqy-microhei\` (as root; .ci/run does it), or set CHROMIUM_PATH.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const missing = chromiumMissing();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
}
