import type { DrillStorage } from './drill-storage.ts';

/** Dexie loads on demand, so the first screen paints without it (first-visit JS budget). */
export function loadDrillStorage(): Promise<DrillStorage> {
  return import('./drill-storage.ts').then((m) => m.getDrillStorage());
}

/** The studio's storage, loaded with the studio route only. */
export function loadStudioStorage(): Promise<import('./studio-storage.ts').StudioStorage> {
  return import('./studio-storage.ts').then((m) => m.getStudioStorage());
}

/** The scorecards dashboard's storage, loaded with its lazy route (and by the passcode gate). */
export function loadScorecardsStorage(): Promise<import('./scorecards-storage.ts').ScorecardsStorage> {
  return import('./scorecards-storage.ts').then((m) => m.getScorecardsStorage());
}
