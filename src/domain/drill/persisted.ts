// Restoring a drill from storage: the persisted snapshot is checked before XState sees it, and a drill
// saved while the customer was "typing" resumes on the trainee's turn (XState does not restart a delayed
// transition on restore; the customer's answer is already in the context). A drill saved by an earlier
// version (its replies only) is rebuilt by replaying the replies through the machine.
import { createActor, type SnapshotFrom } from 'xstate';
import { z } from 'zod';
import type { Reader } from '../reading/read-reply.ts';
import { isEndState } from '../scenario/end-states.ts';
import type { Scenario } from '../scenario/scenario.types.ts';
import { createDrillMachine, type DrillMachine } from './drill-machine.ts';
import { DRILL_MODES, type DrillMeta } from './drill.types.ts';

/** What a persisted drill must look like (the rest is the machine's own and trusted once this holds). */
const PersistedDrillSchema = z.object({
  status: z.enum(['active', 'done']),
  value: z.union([z.enum(['briefing', 'diagnosis', 'finished']), z.object({ conversation: z.enum(['traineeTurn', 'customerAnswering']) })]),
  context: z.object({
    meta: z.object({ attemptId: z.string(), scenarioId: z.string(), locale: z.enum(['zh-Hant', 'zh-Hans', 'en']), mode: z.enum(DRILL_MODES as unknown as ['practice', 'exam', 'guided']), seed: z.number() }).passthrough(),
    customer: z.object({ state: z.string(), turn: z.number(), turns: z.array(z.unknown()) }).passthrough(),
    replies: z.array(z.object({ text: z.string(), at: z.string() }).passthrough()),
  }).passthrough(),
}).passthrough();

const LegacySchema = z.object({
  legacy: z.object({
    replies: z.array(z.object({ text: z.string(), at: z.string().optional(), hintUsed: z.boolean().optional() }).passthrough()),
    phase: z.string().optional(),
    locale: z.enum(['zh-Hant', 'zh-Hans', 'en']),
    mode: z.enum(DRILL_MODES as unknown as ['practice', 'exam', 'guided']).catch('practice'),
    seed: z.number().catch(1),
    startedAt: z.string().catch(new Date(0).toISOString()),
  }),
});

export type DrillSnapshot = SnapshotFrom<DrillMachine>;

/**
 * A persisted snapshot ready to restore, or null when it cannot be used (the trainee starts afresh). No seed is
 * asked for: a stored drill plays on with its own (in its snapshot; a version 1 drill's beside its replies).
 */
export function restorable(scenario: Scenario, stored: unknown, meta: Omit<DrillMeta, 'seed'>, read: Reader): unknown {
  const legacy = LegacySchema.safeParse(stored);
  if (legacy.success) return replayLegacy(scenario, legacy.data.legacy, meta, read);
  const parsed = PersistedDrillSchema.safeParse(stored);
  if (!parsed.success) return null;
  const snap = parsed.data;
  if (typeof snap.value === 'object' && snap.value.conversation === 'customerAnswering') {
    const ended = isEndState(snap.context.customer.state);
    return { ...snap, value: ended ? 'diagnosis' : { conversation: 'traineeTurn' } };
  }
  return snap;
}

function replayLegacy(scenario: Scenario, legacy: z.infer<typeof LegacySchema>['legacy'], meta: Omit<DrillMeta, 'seed'>, read: Reader): unknown {
  const machine = createDrillMachine(scenario);
  const actor = createActor(machine, { input: { meta: { ...meta, locale: legacy.locale, mode: legacy.mode, seed: legacy.seed, startedAt: legacy.startedAt } } }).start();
  if (legacy.phase !== 'briefing' || legacy.replies.length > 0) actor.send({ type: 'drill.start', mode: legacy.mode, locale: legacy.locale, at: legacy.startedAt });
  for (const r of legacy.replies) {
    if (!actor.getSnapshot().matches('conversation')) break;
    if (r.hintUsed && legacy.mode === 'practice') actor.send({ type: 'hint.show' });
    actor.send({ type: 'trainee.reply', text: r.text, reading: read(r.text, { locale: legacy.locale }), at: r.at ?? legacy.startedAt });
  }
  if (legacy.phase === 'diagnosis' && actor.getSnapshot().matches('conversation')) actor.send({ type: 'drill.end' });
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return persisted;
}
