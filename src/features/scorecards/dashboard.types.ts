import type { LocalizedText } from '../../domain/scenario/scenario.types.ts';
import type { LrsAttempt } from '../../domain/xapi/read-attempt.ts';

/** What the dashboard knows about a scenario without loading it (the app passes the library's catalog). */
export interface DashboardScenario {
  id: string;
  title: LocalizedText;
  passMark: number;
}

/** The dashboard's sub-pages: `#/scorecards`, `#/scorecards/<view>`, `#/scorecards/attempt/<id>`. */
export type DashboardView = { name: 'attempts' } | { name: 'trainee' } | { name: 'cohort' } | { name: 'transfer' } | { name: 'attempt'; attemptId: string } | { name: 'misread' };

export const dashboardHref = (view: DashboardView): string =>
  view.name === 'attempts' ? '#/scorecards' : view.name === 'attempt' ? `#/scorecards/attempt/${encodeURIComponent(view.attemptId)}` : `#/scorecards/${view.name}`;

/** An attempt read back from the learning record store (scores only: no transcript on this device). */
export type RemoteAttempt = LrsAttempt;
