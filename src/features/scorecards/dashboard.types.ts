import type { Assignment, Group } from '../../domain/org/assignments.ts';
import type { BundleSigner } from '../../domain/records/bundle-signature.ts';
import type { LocalizedText } from '../../domain/scenario/scenario.types.ts';
import type { LrsAttempt } from '../../domain/xapi/read-attempt.ts';

/** What the dashboard knows about a scenario without loading it (the app passes the library's catalog). */
export interface DashboardScenario {
  id: string;
  title: LocalizedText;
  passMark: number;
}

/** The dashboard's sub-pages: `#/scorecards`, `#/scorecards/<view>`, `#/scorecards/attempt/<id>`. */
export type DashboardView = { name: 'attempts' } | { name: 'trainee' } | { name: 'cohort' } | { name: 'transfer' } | { name: 'attempt'; attemptId: string } | { name: 'misread' } | { name: 'assignments' };

/** The organisation's groups and the assignments given to them (from its config). */
export interface DashboardAssignments {
  groups: readonly Group[];
  list: readonly Assignment[];
}

export const dashboardHref = (view: DashboardView): string =>
  view.name === 'attempts' ? '#/scorecards' : view.name === 'attempt' ? `#/scorecards/attempt/${encodeURIComponent(view.attemptId)}` : `#/scorecards/${view.name}`;

/** An attempt read back from the learning record store (scores only: no transcript on this device). */
export type RemoteAttempt = LrsAttempt;

/** The trainer who unlocked the trainer tools: the reviewer of overrides and acceptances (never free text). */
export interface Reviewer {
  name: string;
  /** `organisation`: the deployed trainer passcode; `device`: this device's trainer set-up. */
  kind: 'organisation' | 'device';
  /** The key exports are signed and imports checked with; with one, an unsigned import is flagged too. */
  signer?: BundleSigner;
}
