// Learning Locker's Activity Profile service (npm `xapi-activities` 3.0.6, the same project as the statement
// service in learning-locker-service.ts): the xAPI 1.0.3 document API for activity profiles — GET/PUT/POST/
// DELETE on activities/profile with activityId and profileId, ETags, If-Match/If-None-Match — run in-process
// on loopback with its own express routes and validation: memory models, local file storage in a temporary
// folder, its test client lookup (any Authorization header is one client of one store). Installed in
// ./learning-locker with its own lockfile (.ci/run installs it).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ActivityProfileService {
  /** The xAPI endpoint (ends with `/xAPI/`): documents are at `activities/profile` under it. */
  endpoint: string;
  close(): Promise<void>;
}

interface ExpressApp {
  (req: IncomingMessage, res: ServerResponse): void;
  use(path: string, router: unknown): void;
}

// A path, not a URL: jsdom's URL class is not the one createRequire accepts (the app tests start it too).
const require = createRequire(join(import.meta.dirname, 'learning-locker', 'package.json'));

/** Starts the service on 127.0.0.1 (a free port), its files in a temporary folder removed on close. */
export async function startActivityProfileService(): Promise<ActivityProfileService> {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-activities-'));
  // Read by its config when first loaded: the test client lookup, memory models, local storage here.
  Object.assign(process.env, { AUTH_REPO: 'test', MODELS_REPO: 'memory', STORAGE_REPO: 'local', FS_LOCAL_STORAGE_DIR: dir, EXPRESS_MORGAN_DIRECTORY: dir });
  process.env.WINSTON_CONSOLE_LEVEL ??= 'error';
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
  const load = <T>(path: string): T => (require(`xapi-activities/dist/${path}`) as { default: T }).default;
  const express = require('express') as () => ExpressApp;
  const config = load<{ express: Record<string, unknown> }>('config');
  const presenter = load<(c: unknown) => unknown>('expressPresenter')({
    bodyParserLimit: config.express.bodyParserLimit,
    customRoute: config.express.customRoute,
    customRouteText: config.express.customRouteText,
    logger: load('logger'),
    morganDirectory: dir,
    service: load<() => unknown>('serviceFactory')(),
    tracker: load('tracker'),
    translator: load<() => unknown>('translatorFactory')(),
  });
  const app = express();
  app.use((require('xapi-activities/dist/utils/constants') as { route: string }).route, presenter);
  const server = createServer(app);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    close: () =>
      new Promise<void>((ok) => server.close(() => ok())).finally(() => rmSync(dir, { recursive: true, force: true })),
  };
}
