import type { DrillStorage } from './drill-storage.ts';

/** Dexie loads on demand, so the first screen paints without it (first-visit JS budget). */
export function loadDrillStorage(): Promise<DrillStorage> {
  return import('./drill-storage.ts').then((m) => m.getDrillStorage());
}
