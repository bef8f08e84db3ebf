// Learning Locker's statement service (npm `xapi-statements` 5.0.1), run in-process on loopback with its
// own express routes, validator, scopes and conflict checks: memory models, local file storage (a
// temporary folder), no database. Its activity-profile document API (npm `xapi-activities` 3.0.6) is
// mounted beside it, so one endpoint serves both, as a deployed Learning Locker does. Installed in ./learning-locker with its own lockfile (.ci/run does it).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Learning Locker client (what its client lookup returns): credentials are scoped. */
export interface LlClient {
  key: string;
  secret: string;
  /** e.g. `statements/write`, `statements/read`, `all`. */
  scopes: string[];
}

/** One stored statement as Learning Locker's memory models keep it. */
interface StoredModel {
  stored: string;
  statement: Record<string, unknown> & { id: string };
}

export interface LearningLocker {
  /** Base URL of Learning Locker's routes, e.g. `http://127.0.0.1:PORT` (xAPI under `/data/xAPI/`). */
  origin: string;
  /** Statements as stored, in the order stored (with the LRS's own `stored`, `authority`, `version`). */
  stored(): StoredModel['statement'][];
  /** Replaces the clients its lookup knows. */
  setClients(clients: readonly LlClient[]): void;
  /** Empties the store (memory models and attachment storage). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

type Factory<T = unknown> = (config: unknown) => T;
type Router = unknown;
interface ExpressApp {
  (req: IncomingMessage, res: ServerResponse): void;
  use(path: string, router: Router): void;
}

// A path, not a URL: under jsdom (the app tests start it too) URL is not the class createRequire accepts.
const require = createRequire(join(import.meta.dirname, 'learning-locker', 'package.json'));
const load = <T>(path: string): T => (require(`xapi-statements/dist/${path}`) as { default: T }).default;

const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

/** Starts the statement service on 127.0.0.1 (a free port). Nothing is written outside a temporary folder. */
export async function startLearningLocker(clients: readonly LlClient[]): Promise<LearningLocker> {
  // Its logger reads these when first loaded: errors only, and no AWS SDK notice.
  process.env.WINSTON_CONSOLE_LEVEL ??= 'error';
  process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';
  const express = require('express') as () => ExpressApp;
  const NoModel = (require('jscommons/dist/errors/NoModel') as { default: new (name: string) => Error }).default;
  const memoryModels = load<Factory<Record<string, unknown>>>('repo/modelsRepo/utils/memoryModels/facade');
  const localStorage = load<Factory<Record<string, unknown>>>('repo/storageRepo/utils/localStorage/facade');
  const fakeEvents = load<() => Record<string, unknown>>('repo/eventsRepo/utils/fakeEvents/facade');
  const service = load<Factory>('service');
  const presenter = load<Factory<{ aboutRouter: Router; fullActivitiesRouter: Router; statementsRouter: Router }>>('expressPresenter');
  const translator = load<() => unknown>('translatorFactory')();

  const dir = mkdtempSync(join(tmpdir(), 'defuse-learning-locker-'));
  const models = { state: { statements: [] as StoredModel[], fullActivities: [] as unknown[] } };
  let byAuth = new Map<string, LlClient>();
  const setClients = (list: readonly LlClient[]) => {
    byAuth = new Map(list.map((c) => [basic(c.key, c.secret), c]));
  };
  setClients(clients);
  // Its client lookup: what Learning Locker asks its auth repo for every request.
  const getClient = async ({ authToken }: { authToken: string }) => {
    const c = byAuth.get(authToken);
    if (!c) throw new NoModel('Client');
    const authority = { objectType: 'Agent', name: c.key, account: { homePage: 'http://127.0.0.1/learning-locker', name: c.key } };
    return { client: { _id: c.key, title: c.key, organisation: 'defuse-tests', lrs_id: 'defuse-tests-lrs', isTrusted: true, scopes: [...c.scopes], authority } };
  };
  const quiet = { error() {}, warn() {}, info() {}, debug() {}, verbose() {}, silly() {} };
  const tracker = Promise.resolve(() => undefined);
  const storage = localStorage({ storageDir: join(dir, 'storage') });
  const repo = { ...fakeEvents(), ...memoryModels(models), ...storage, getClient };
  const svc = service({
    repo,
    tracker,
    logger: quiet,
    enableConflictChecks: true,
    enableAttachmentValidation: true,
    enableVoidingChecks: true,
    enableStatementCreation: true,
    enableAttachmentCreation: true,
    enableVoiding: true,
    enableReferencing: true,
    enableActivityUpdates: true,
    enableNullRemoval: false,
    // Answer only once everything is stored, so a test reads what it just sent.
    awaitUpdates: true,
  });
  const routes = presenter({ llClientInfoEndpoint: '', customRoute: 'status', customRouteText: 'ok', morganDirectory: join(dir, 'logs'), bodyParserLimit: '5mb', service: svc, tracker, translator, logger: quiet });
  // The document API for activity profiles: Learning Locker's xapi-activities service (same project), with
  // the same client lookup (a client needs the `profile`, `xapi/all` or `all` scope), memory models and
  // local storage beside the statements'.
  const activities = <T>(path: string): T => (require(`xapi-activities/dist/${path}`) as { default: T }).default;
  const profileModels = { state: { activityProfiles: [] as unknown[] } };
  const profileStorage = activities<Factory<Record<string, unknown>>>('localStorageRepo')({ storageDir: join(dir, 'profiles') });
  const profileService = activities<Factory>('service')({ repo: { ...activities<Factory<Record<string, unknown>>>('memoryModelsRepo')(profileModels), ...profileStorage, getClient } });
  const profileRoutes = activities<Factory<Router>>('expressPresenter')({ bodyParserLimit: '5mb', customRoute: 'status', customRouteText: 'ok', morganDirectory: join(dir, 'logs'), service: profileService, tracker, translator: activities<() => unknown>('translatorFactory')(), logger: quiet });
  const app = express();
  // As Learning Locker's own deployment mounts them: /data/xAPI/… (the profile routes before the activities').
  app.use('/data/xAPI/activities/profile', profileRoutes);
  app.use('/data/xAPI/about', routes.aboutRouter);
  app.use('/data/xAPI/activities', routes.fullActivitiesRouter);
  app.use('/data/xAPI/statements', routes.statementsRouter);
  const server = createServer(app);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    stored: () => models.state.statements.map((m) => m.statement),
    setClients,
    reset: async () => {
      models.state = { statements: [], fullActivities: [] };
      profileModels.state.activityProfiles = [];
      await (storage.clearRepo as () => Promise<void>)();
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }).finally(() => rmSync(dir, { recursive: true, force: true })),
  };
}
