// The page's main-thread tasks while something runs, from a Chromium trace. Each task has its wall time and
// its CPU time (the thread's own clock): on a machine whose cores are shared by many processes a task's wall
// time counts the time it waited for a core; its CPU time is what the page itself spent, and on an idle
// machine the two are the same. Bars on responsiveness use CPU time, so a busy neighbour cannot fail them.
import type { Browser, Page } from 'playwright-core';

export interface Task {
  /** Wall-clock duration, ms. */
  wall: number;
  /** CPU time of the main thread during the task, ms. */
  cpu: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Runs `action` with tracing on and returns the page's main-thread tasks of at least 1 ms CPU, longest first. */
export async function mainThreadTasks(browser: Browser, page: Page, action: () => Promise<void>): Promise<Task[]> {
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
  const trace = await action().then(
    () => browser.stopTracing(),
    async (error: unknown) => {
      await browser.stopTracing();
      throw error;
    },
  );
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = new Map<string, Task[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(thread)) continue;
    const list = tasks.get(thread) ?? [];
    list.push({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 });
    tasks.set(thread, list);
  }
  // The page's renderer is the one that worked most (an idle tab or a spare renderer barely runs).
  const busiest = [...tasks.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
  return busiest.filter((t) => t.cpu >= 1).sort((a, b) => b.cpu - a.cpu);
}

const total = (list: readonly Task[]) => list.reduce((sum, t) => sum + t.cpu, 0);
