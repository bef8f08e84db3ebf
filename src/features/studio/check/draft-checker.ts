// Checks drafts one at a time, newest first. At most one request is with the worker; an edit made while
// it works waits in a single slot, and a newer edit takes that slot (the older one is never checked). When
// an answer comes back while a newer edit waits, the answer is stale: it is dropped and the newer edit is
// sent. A worker that fails to start or crashes hands every later check to the main thread.
import type { DraftVerdict } from './draft-verdict.ts';

/** Page → worker: check this text with these stored tests. */
export interface CheckRequest {
  id: number;
  text: string;
  tests: readonly unknown[];
}

/** Worker → page: the verdict for request `id`, or why it could not be reached. */
export type CheckResponse = { id: number; verdict: DraftVerdict } | { id: number; error: string };

/** The part of a Worker the checker uses (a fake one in tests). */
export interface WorkerPort {
  postMessage(message: CheckRequest): void;
  onmessage: ((event: { data: CheckResponse }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export interface DraftChecker {
  /** The verdict on this text, or null when a newer check made this one stale before its answer. */
  check(text: string, tests: readonly unknown[]): Promise<DraftVerdict | null>;
  /** Stops the worker; pending checks resolve as stale. */
  dispose(): void;
}

type Verdict = (text: string, tests: readonly unknown[]) => DraftVerdict;

interface Job {
  text: string;
  tests: readonly unknown[];
  resolve: (verdict: DraftVerdict | null) => void;
  reject: (error: Error) => void;
}

/** Runs on the main thread (where no Worker can be had); each call answers on the next microtask. */
export function inlineChecker(verdict: Verdict): DraftChecker {
  return {
    check: (text, tests) => new Promise((resolve) => resolve(verdict(text, tests))),
    dispose: () => undefined,
  };
}

/** Checks with a worker; `fallback` takes over when the worker cannot run at all. */
export function workerChecker(port: WorkerPort, fallback: Verdict): DraftChecker {
  let nextId = 1;
  let inFlight: (Job & { id: number }) | null = null;
  let waiting: Job | null = null;
  let broken = false;

  const send = (job: Job) => {
    inFlight = { ...job, id: nextId++ };
    port.postMessage({ id: inFlight.id, text: job.text, tests: job.tests });
  };
  const runHere = (job: Job) => {
    try {
      job.resolve(fallback(job.text, job.tests));
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  port.onmessage = ({ data }) => {
    if (!inFlight || data.id !== inFlight.id) return;
    const done = inFlight;
    inFlight = null;
    if (waiting) {
      const next = waiting;
      waiting = null;
      done.resolve(null);
      send(next);
    } else if ('error' in data) done.reject(new Error(data.error));
    else done.resolve(data.verdict);
  };
  port.onerror = () => {
    // The worker could not load (a policy, a missing file) or died: the page checks from now on.
    broken = true;
    port.terminate();
    const done = inFlight;
    const next = waiting;
    inFlight = waiting = null;
    if (done && next) done.resolve(null);
    else if (done) runHere(done);
    if (next) runHere(next);
  };

  return {
    check: (text, tests) =>
      new Promise((resolve, reject) => {
        const job = { text, tests, resolve, reject };
        if (broken) return runHere(job);
        if (!inFlight) return send(job);
        waiting?.resolve(null);
        waiting = job;
      }),
    dispose: () => {
      port.terminate();
      inFlight?.resolve(null);
      waiting?.resolve(null);
      inFlight = waiting = null;
      broken = true;
    },
  };
}
