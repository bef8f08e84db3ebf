// The sync engine: loaded on demand (an LRS configured or a launch), with Dexie and @xapi/xapi.
import { buildAttemptStatements, type ReportableAttempt } from '../domain/xapi/build-attempt-statements.ts';
import { DEFUSE_IRI } from '../domain/xapi/iris.ts';
import { statementId } from '../domain/xapi/statement-id.ts';
import type { XapiAgent } from '../domain/xapi/xapi.types.ts';
import type { LocalizedText } from '../domain/scenario/scenario.types.ts';
import { DefuseDb } from '../storage/db.ts';
import { readLaunchTarget, saveLaunchTarget } from './launch-target.ts';
import { useLrsSettings } from './lrs-settings.ts';
import { Outbox } from './outbox.ts';
import { drainOnce } from './sender.ts';
import { rememberOutbox, useSyncState } from './sync-store.ts';
import type { LrsClient, LrsEndpoint } from './transport.ts';
import { basicAuth, xapiClient } from './xapi-client.ts';

/** Target name for the LRS in this device's settings. */
export const SETTINGS_TARGET = 'settings';

class SyncEngine {
  readonly db = new DefuseDb();
  readonly outbox = new Outbox(this.db);
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly client: LrsClient) {
    if (typeof window !== 'undefined') window.addEventListener('online', () => this.kick());
    useSyncState.setState({ active: true });
  }

  async resolve(target: string): Promise<LrsEndpoint | null> {
    if (target === SETTINGS_TARGET) {
      const s = useLrsSettings.getState();
      return s.endpoint ? { endpoint: s.endpoint, auth: basicAuth(s.key, s.secret) } : null;
    }
    return readLaunchTarget(this.db, target);
  }

  async refresh(): Promise<void> {
    const counts = await this.outbox.counts();
    useSyncState.setState(counts);
    rememberOutbox(counts.pending + counts.rejected);
  }

  /** Starts a drain now (or right after the current one). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  private async loop(): Promise<void> {
    useSyncState.setState({ sending: true });
    let nextDue: number | null = null;
    try {
      do {
        this.again = false;
        nextDue = await drainOnce({
          outbox: this.outbox,
          client: this.client,
          resolve: (t) => this.resolve(t),
          now: () => Date.now(),
          onProgress: ({ sent, problem }) => {
            if (sent) useSyncState.setState({ lastSentAt: new Date().toISOString(), problem: null });
            if (problem) useSyncState.setState({ problem });
            void this.refresh();
          },
        });
      } while (this.again);
    } catch (error) {
      // Storage failed (quota, private mode): nothing was lost, the rows stay; say so in the console only.
      console.warn('Defuse: the learning-record outbox could not be read', error instanceof Error ? error.message : error);
    } finally {
      useSyncState.setState({ sending: false });
      await this.refresh().catch(() => undefined);
    }
    if (nextDue !== null) this.timer = setTimeout(() => this.kick(), Math.max(0, nextDue - Date.now()));
  }

  async enqueue(target: string, statements: readonly unknown[]): Promise<void> {
    await this.outbox.add(target, statements, new Date());
    await this.refresh();
    this.kick();
  }

  async retry(): Promise<void> {
    await this.outbox.retryAll();
    await this.refresh();
    this.kick();
  }

  /**
   * The LRS settings were saved: the configured LRS's statements (refused ones too, e.g. refused for the
   * old settings) are due now, so fixing the settings needs no Retry.
   */
  async settingsChanged(): Promise<void> {
    await this.outbox.retryTarget(SETTINGS_TARGET);
    await this.refresh();
    this.kick();
  }

  /** Sends one target's pending statements now, without waiting out the backoff (a cmi5 exit). */
  async sendNow(target: string): Promise<void> {
    await this.outbox.dueNow(target);
    this.kick();
  }

  countFor(target: string): Promise<{ pending: number; unsent: number }> {
    return this.outbox.countFor(target);
  }

  async setLaunchTarget(id: string, endpoint: string, auth: string): Promise<void> {
    await saveLaunchTarget(this.db, id, { endpoint, auth }, new Date());
  }
}

let engine: SyncEngine | null = null;

/** The one engine of this page; starting it drains whatever earlier visits left in the outbox. */
export function getSyncEngine(client: LrsClient = xapiClient): SyncEngine {
  if (!engine) {
    engine = new SyncEngine(client);
    void engine
      .refresh()
      .then(() => engine?.kick())
      .catch((error: unknown) => console.warn('Defuse: the learning-record outbox could not be read', error instanceof Error ? error.message : error));
  }
  return engine;
}

/** The actor for the configured LRS: the trainee id as an account on `homePage` (default: this app). */
export function settingsActor(trainee: string): XapiAgent {
  const s = useLrsSettings.getState();
  const homePage = s.homePage || (typeof location !== 'undefined' ? `${location.origin}${location.pathname}` : DEFUSE_IRI);
  return { objectType: 'Agent', name: trainee, account: { homePage, name: trainee } };
}

export const scenarioIri = (scenarioId: string) => `${DEFUSE_IRI}/scenarios/${encodeURIComponent(scenarioId)}`;

/** Queues a finished attempt's statements for the configured LRS. */
export async function reportToSettingsLrs(attempt: ReportableAttempt & { trainee: string }, title: LocalizedText): Promise<void> {
  const statements = buildAttemptStatements(attempt, {
    actor: settingsActor(attempt.trainee),
    activityId: scenarioIri(attempt.scenarioId),
    title,
    registration: statementId(`${attempt.id}/registration`),
  });
  await getSyncEngine().enqueue(SETTINGS_TARGET, statements);
}
