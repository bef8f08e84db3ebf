// Builds the app once and serves dist on a loopback port for the browser suite (vitest globalSetup).
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumMissing } from './chromium.ts';

const root = resolve(import.meta.dirname, '../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    // Vite names every file under assets/ by its content's hash, so a browser may keep it (as a static host
    // would let it): a page loaded again in the same test (reload, goto) then takes its scripts from the
    // context's cache with V8's compiled code instead of fetching and compiling ~3 MB again. The pages themselves
    // (index.html, the cmi5 and SCORM files) are fetched every time. Each test's context starts with an empty cache.
    const cache = path.includes('/assets/') ? 'max-age=31536000, immutable' : 'no-store';
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const { build } = await import('vite');
  // Outside the repository, so lint and git never see the built files.
  const DIST = mkdtempSync(join(tmpdir(), 'defuse-e2e-'));
  // The app is served from a sub-folder to prove it works from any static folder (base './').
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(DIST, 'lms/defuse'), emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
  const server = await serve(DIST);
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}/lms/defuse/`);
  project.provide('distDir', join(DIST, 'lms/defuse'));
  return () =>
    new Promise<void>((ok) => server.close(() => ok())).finally(() => {
      if (!process.env.DEFUSE_KEEP_DIST) rmSync(DIST, { recursive: true, force: true });
    });
}
