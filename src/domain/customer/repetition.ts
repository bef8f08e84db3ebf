// A parroted reply — the same sentence again, word for word or nearly — stops working and starts to
// irritate (docs/training-model.md#customer-model: the customer remembers the conversation).
import { remark } from './remarks.ts';
import { normalize } from '../reply/text/normalize.ts';
import { PARROT_ANGER, PARROT_SIMILARITY } from './hostility-rules.ts';
import { change, signal, type TurnDraft } from './turn-draft.ts';
import type { TurnRecord } from '../scenario/scenario.types.ts';

/** The reply's letters and characters only: punctuation, spaces and case do not make a reply new. */
const core = (text: string): string => normalize(text).text.replace(/[^\p{L}\p{N}]/gu, '');

// Each earlier reply's letters, worked out once per turn record: every reply is compared with all before it.
const cores = new WeakMap<TurnRecord, string>();
const coreOf = (turn: TurnRecord): string => {
  let c = cores.get(turn);
  if (c === undefined) cores.set(turn, (c = core(turn.reply)));
  return c;
};

function pairs(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const p = s.slice(i, i + 2);
    out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient over character pairs: 1 for the same text, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pa = pairs(a);
  const pb = pairs(b);
  let shared = 0;
  for (const [p, n] of pa) shared += Math.min(n, pb.get(p) ?? 0);
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** Replies this short ("OK", "嗯", "好的") are not parroting when said again. */
const MIN_LENGTH = 5;

export function repetition(draft: TurnDraft): void {
  const mine = core(draft.text);
  if (mine.length < MIN_LENGTH) return;
  const earlier = draft.sim.turns.some((t) => similarity(mine, coreOf(t)) >= PARROT_SIMILARITY);
  if (!earlier) return;
  draft.parroted = true;
  signal(draft, 'parroted');
  change(draft, 'parroted', PARROT_ANGER);
  draft.says.push({ source: 'remark/parroted', lines: remark(draft.scenario, 'parroted') });
}
