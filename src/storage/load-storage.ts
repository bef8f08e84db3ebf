import type { DrillStorage } from './drill-storage.ts';

/**
 * Resolves after the next frame is painted, counted from the first request (once; at once afterwards).
 * Storage (Dexie, ~30 KB gz) is not needed to paint the first screen: the screen that asks for it has
 * rendered, so fetching waits until it is on screen instead of competing with it for network and CPU.
 */
let painted: Promise<void> | null = null;
function afterPaint(): Promise<void> {
  painted ??=
    typeof requestAnimationFrame === 'function' && typeof document !== 'undefined'
      ? new Promise((resolve) => {
          requestAnimationFrame(() => setTimeout(resolve, 0));
          // A tab opened in the background gets no frames: never wait long for one.
          setTimeout(resolve, 250);
        })
      : Promise.resolve();
  return painted;
}

/** Dexie loads on demand, so the first screen paints without it (first-visit JS budget). */
export function loadDrillStorage(): Promise<DrillStorage> {
  return afterPaint().then(() => import('./drill-storage.ts')).then((m) => m.getDrillStorage());
}

/** The studio's storage, loaded with the studio route only (and by the trainee library for published scenarios). */
export function loadStudioStorage(): Promise<import('./studio-storage.ts').StudioStorage> {
  return afterPaint().then(() => import('./studio-storage.ts')).then((m) => m.getStudioStorage());
}

/** The scorecards dashboard's storage, loaded with its lazy route (and by the passcode gate). */
export function loadScorecardsStorage(): Promise<import('./scorecards-storage.ts').ScorecardsStorage> {
  return afterPaint().then(() => import('./scorecards-storage.ts')).then((m) => m.getScorecardsStorage());
}

/** Misread flags: loaded with the drill and attempt pages (beside the drill's storage) and the review queue. */
export function loadFlagsStorage(): Promise<import('./flags-storage.ts').FlagsStorage> {
  return afterPaint().then(() => import('./flags-storage.ts')).then((m) => m.getFlagsStorage());
}
