// Apology, empathy, listening and the other helpful moves calm the customer (docs/training-model.md#hostility-curve,
// 敵意曲線), less each time they are repeated; a parroted reply earns nothing. An apology said for the
// third time draws a remark ("You've said sorry three times. What are you going to do?").
import { remark } from './remarks.ts';
import { isHarmful } from '../reply/moves.ts';
import {
  APOLOGY_REMARK_AT, diminish, IGNORED_ANGER, IGNORED_WHEN_CALM_ANGER, LONG_REPLY_ANGER, NAME_RELIEF, NO_PROGRESS_ANGER, RELIEF, replyWeight,
} from './hostility-rules.ts';
import { FEELING_MOVES } from './move-groups.ts';
import { forestalls } from './objections.ts';
import { usesName } from './uses-name.ts';
import { change, has, signal, type TurnDraft } from './turn-draft.ts';

/** Moves that do something: an apology that comes with one of these is not "just sorry". */
const CONCRETE = ['propose_solution', 'commit_followup', 'escalate', 'paraphrase'] as const;
/** "I'll sort it out" names nothing: a solution or follow-up is concrete once it names a remedy or a time. */
const NEEDS_DETAIL: readonly string[] = ['propose_solution', 'commit_followup'];
const concrete = (draft: TurnDraft) =>
  CONCRETE.some((m) => has(draft, m) && (!NEEDS_DETAIL.includes(m) || draft.reading.details.remedies.length > 0 || draft.reading.details.times.length > 0));

export function feelings(draft: TurnDraft): void {
  const { reading, sim, scenario, weights, text } = draft;
  if (!draft.parroted) {
    for (const move of reading.acts) {
      if (isHarmful(move)) continue;
      const base = RELIEF[move];
      if (base === undefined) continue;
      if (move === 'move_private' && scenario.setting !== 'face_to_face') continue;
      if (move === 'greet' && sim.turn > 0) continue;
      // "I'll follow it up" with nothing said about what or when calms little (fake attention, docs/training-model.md#wrong-behaviours).
      const hollow = move === 'take_ownership' && reading.details.times.length === 0 && reading.details.remedies.length === 0 && !sim.solutionAccepted;
      change(draft, `move/${move}`, (-diminish(base, (sim.moveCounts[move] ?? 0) + 1) * (weights.relief[move] ?? 1)) / (hollow ? 3 : 1));
    }
  }
  if (FEELING_MOVES.some((m) => has(draft, m))) draft.after = { ...draft.after, feelingsAcknowledged: true };
  const apologies = (sim.moveCounts.apologize ?? 0) + 1;
  // Once she has accepted a plan, something is being done: a closing sorry ("thank you, and sorry again") is not "just
  // sorry", and "I need someone to fix it" would answer what was not said (scen15aa, blind t26-27).
  if (has(draft, 'apologize') && apologies >= APOLOGY_REMARK_AT && !concrete(draft) && !sim.solutionAccepted) {
    signal(draft, 'apology-repeated');
    if (!draft.parroted) draft.says.push({ source: 'remark/repeatedApology', lines: remark(scenario, 'repeatedApology') });
  }
  // A statement that names one of her remedies and when ("陈医生大约十分钟后回来，回来第一个就给您看", blind t14-18) tells
  // her what will happen, whatever move the classifier made of it: the offer step weighs it, it is not ignoring her.
  const tellsWhatHappens = reading.details.remedies.length > 0 && reading.details.times.length > 0;
  // Nor is one that answers what she was going to object to before she says it (objections.ts: forestalls).
  const answersAhead = forestalls(draft);
  if (reading.acts.length === 0 && reading.forbidden.length === 0 && !tellsWhatHappens && !answersAhead) {
    change(draft, 'ignored', sim.hostility >= scenario.thresholds.mid ? IGNORED_ANGER : IGNORED_WHEN_CALM_ANGER);
    signal(draft, 'ignored');
  }
  // While the customer is still upset, a reply that moves nothing forward adds frustration: delay is
  // itself a wrong behaviour (拖延, docs/training-model.md#wrong-behaviours).
  const forward = answersAhead || reading.acts.some((m) => !isHarmful(m) && m !== 'acknowledge' && (m !== 'greet' || sim.turn === 0));
  if ((!forward || draft.parroted) && sim.hostility >= scenario.thresholds.mid) change(draft, 'no-progress', NO_PROGRESS_ANGER);
  if (usesName(scenario, text)) {
    change(draft, 'name-used', -NAME_RELIEF * (weights.relief.name ?? 1));
    signal(draft, 'name-used');
  }
  if (weights.longReply !== null && replyWeight(text) > weights.longReply) {
    change(draft, 'long-reply', LONG_REPLY_ANGER);
    signal(draft, 'long-reply');
  }
}
