// Written channels count time as well as replies (issue 15: "the customer's patience is counted in replies
// and response delays"). In chat the customer sees how long the reply takes; in email a slow answer is a
// day lost. A reply that comes after the scenario's `written.slowAfter` seconds (chat 60, email 900 by
// default) raises hostility, draws the customer's own `slowReply` line first ("Hello? Are you still
// there?") and uses up one turn of patience, whatever the reply says. Spoken settings ignore the delay.
import type { Scenario } from '../scenario/scenario.types.ts';
import { WRITTEN_SETTINGS } from '../scenario/settings.ts';
import { remark } from './remarks.ts';
import { change, signal, type TurnDraft } from './turn-draft.ts';

/** Default seconds before an answer is slow, per written channel. */
export const SLOW_AFTER = { chat: 60, email: 900 } as const;
/** Default hostility a slow answer adds, per written channel. */
export const SLOW_HOSTILITY = { chat: 8, email: 5 } as const;

type Written = (typeof WRITTEN_SETTINGS)[number];

/** Whether a setting is written (chat or email). */
export const isWritten = (setting: Scenario['setting']): setting is Written => (WRITTEN_SETTINGS as readonly string[]).includes(setting);

/** Seconds after which an answer counts as slow, or null in a spoken setting. */
export function slowAfter(scenario: Pick<Scenario, 'setting' | 'written'>): number | null {
  const { setting } = scenario;
  if (!isWritten(setting)) return null;
  return scenario.written?.slowAfter ?? SLOW_AFTER[setting];
}

/** Whether a reply sent `waited` seconds after the customer's message was slow. */
export function isSlow(scenario: Pick<Scenario, 'setting' | 'written'>, waited: number | undefined): boolean {
  const limit = slowAfter(scenario);
  return limit !== null && waited !== undefined && Number.isFinite(waited) && waited > limit;
}

/** Runs after patience: a slow answer irritates and costs a turn of patience. */
export function pace(draft: TurnDraft, waited: number | undefined): void {
  const { scenario } = draft;
  const { setting } = scenario;
  if (!isSlow(scenario, waited) || !isWritten(setting)) return;
  signal(draft, 'slow-reply');
  change(draft, 'slow-reply', scenario.written?.slowHostility ?? SLOW_HOSTILITY[setting]);
  draft.says.unshift({ source: 'remark/slowReply', lines: remark(scenario, 'slowReply'), early: true });
  const stalls = draft.after.stalls + 1;
  draft.after = { ...draft.after, stalls };
  if (stalls >= draft.weights.patience) signal(draft, 'gave-up');
}
