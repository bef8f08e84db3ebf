// A second labeller's labels for a labelled set, scored the way the reader is (README, "How replies are read":
// "Two labellers"): the second human's expected moves stand in for what was read. How often two careful trainers
// agree is the ceiling a reader can be held to on labels one writer gave; the reader's accuracy on the items both
// agree on separates its own misses from the labels' judgement calls.
import type { MoveId } from '../moves.ts';
import { parseLabels, type ItemResult, type LabelledReply } from './evaluate-set.ts';

/** One item as the second labeller labelled it (the text is the first set's). */
export type SecondLabel = Pick<LabelledReply, 'id' | 'expect' | 'reject' | 'forbidden'>;

export interface LabellerAgreement {
  /** Items labelled by both. */
  items: number;
  /** Items where the second labeller's moves meet the first labels (every expected found, no rejected one). */
  agreed: number;
  /** Of the agreed items, those the reader gets right. */
  readerOnAgreed: number;
  /** Of the other items, those the reader gets right. */
  readerOnDisputed: number;
  /** Items both judged for forbidden phrases, and those where the two say the same. */
  forbiddenJudged: number;
  forbiddenAgreed: number;
  /** Ids of the first set with no second label (not counted above). */
  unlabelled: string[];
}

/** Parses one line of a second labeller's file; throws a sentence naming the bad field. */
export function parseSecondLabel(value: unknown): SecondLabel {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '') throw new Error('"id" must be the id of an item of the labelled set');
  return { id: o.id, ...parseLabels(o) };
}

/** Whether moves found meet an item's labels: every expected move among them, no rejected one. */
const meets = (item: LabelledReply, found: readonly MoveId[]): boolean =>
  item.expect.every((m) => found.includes(m)) && !item.reject.some((m) => found.includes(m));

export function compareLabellers(results: readonly ItemResult[], second: readonly SecondLabel[]): LabellerAgreement {
  const byId = new Map(second.map((s) => [s.id, s]));
  const out: LabellerAgreement = { items: 0, agreed: 0, readerOnAgreed: 0, readerOnDisputed: 0, forbiddenJudged: 0, forbiddenAgreed: 0, unlabelled: [] };
  for (const r of results) {
    const other = byId.get(r.item.id);
    if (!other) {
      out.unlabelled.push(r.item.id);
      continue;
    }
    out.items++;
    if (meets(r.item, other.expect)) {
      out.agreed++;
      if (r.correct) out.readerOnAgreed++;
    } else if (r.correct) out.readerOnDisputed++;
    if (r.item.forbidden !== null && other.forbidden !== null) {
      out.forbiddenJudged++;
      if (r.item.forbidden === other.forbidden) out.forbiddenAgreed++;
    }
  }
  return out;
}
