// Scores the classifier against a labelled set (JSON lines, format of tests/eval/*.jsonl).
import { LABEL_MOVES, MOVE_IDS, isMoveId, type MoveId } from '../moves.ts';
import { LOCALES, type Locale, type ReplyAnalysis } from '../reply.types.ts';

/** One labelled reply. */
export interface LabelledReply {
  id: string;
  locale?: Locale;
  text: string;
  /** Moves that must be detected. */
  expect: MoveId[];
  /** Moves that must not be detected. */
  reject: MoveId[];
  /** true: a forbidden phrase must be flagged; false: none may be; null: not judged. */
  forbidden: boolean | null;
}

export interface MoveStats {
  move: MoveId;
  /** Items expecting the move where it was found. */
  truePositives: number;
  /** Items rejecting the move where it was found. */
  falsePositives: number;
  /** Items expecting the move where it was missed. */
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
}

export interface ItemResult {
  item: LabelledReply;
  analysis: ReplyAnalysis;
  missing: MoveId[];
  unwanted: MoveId[];
  forbiddenOk: boolean | null;
  /** Every expected move found and no rejected move found. */
  correct: boolean;
}

/** A move expected but missed, and a move read in its place on the same item (or null: nothing read). */
export interface Confusion {
  missed: MoveId;
  readAs: MoveId | null;
  count: number;
}

export interface EvalReport {
  items: ItemResult[];
  moves: MoveStats[];
  /** Which moves are mistaken for which, most frequent first. */
  confusions: Confusion[];
  itemAccuracy: number;
  forbiddenAccuracy: number | null;
  forbiddenJudged: number;
}

/** Parses and checks one line of a labelled set; throws a sentence naming the bad field. */
export function parseLabelled(value: unknown): LabelledReply {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new Error('"text" must be a string');
  if (o.locale !== undefined && !(LOCALES as readonly unknown[]).includes(o.locale)) throw new Error(`"locale" must be one of ${LOCALES.join(', ')}`);
  return { id: String(o.id ?? ''), locale: o.locale as Locale | undefined, text: o.text, ...parseLabels(o) };
}

/** The label fields of a line (a labelled reply's, or a second labeller's): expect, reject and forbidden, checked. */
export function parseLabels(o: Record<string, unknown>): Pick<LabelledReply, 'expect' | 'reject' | 'forbidden'> {
  const moves = (field: 'expect' | 'reject'): MoveId[] => {
    const list = o[field] ?? [];
    if (!Array.isArray(list)) throw new Error(`"${field}" must be an array of move ids`);
    for (const m of list) if (typeof m !== 'string' || !isMoveId(m)) throw new Error(`"${field}": unknown move ${JSON.stringify(m)}`);
    return list as MoveId[];
  };
  const forbidden = o.forbidden ?? null;
  if (forbidden !== null && typeof forbidden !== 'boolean') throw new Error('"forbidden" must be true, false or null');
  return { expect: moves('expect'), reject: moves('reject'), forbidden };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function evaluateSet(items: LabelledReply[], classify: (item: LabelledReply) => ReplyAnalysis): EvalReport {
  const results: ItemResult[] = items.map((item) => {
    const analysis = classify(item);
    const found = new Set(analysis.acts);
    const missing = item.expect.filter((m) => !found.has(m));
    const unwanted = item.reject.filter((m) => found.has(m));
    const forbiddenOk = item.forbidden === null ? null : analysis.forbidden.length > 0 === item.forbidden;
    return { item, analysis, missing, unwanted, forbiddenOk, correct: missing.length === 0 && unwanted.length === 0 };
  });
  const moves: MoveStats[] = MOVE_IDS.map((move) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of results) {
      const hit = r.analysis.acts.includes(move);
      if (r.item.expect.includes(move)) {
        if (hit) tp++;
        else fn++;
      }
      if (r.item.reject.includes(move) && hit) fp++;
    }
    return { move, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  });
  const judged = results.filter((r) => r.forbiddenOk !== null);
  // A move outside the label format that the set never labels is neither hit nor miss: not read "instead".
  const labelled = new Set<MoveId>([...LABEL_MOVES, ...items.flatMap((i) => [...i.expect, ...i.reject])]);
  const pairs = new Map<string, Confusion>();
  for (const r of results) {
    const instead = r.analysis.acts.filter((m) => labelled.has(m) && !r.item.expect.includes(m));
    for (const missed of r.missing) {
      for (const readAs of instead.length > 0 ? instead : [null]) {
        const key = `${missed}>${readAs}`;
        const c = pairs.get(key) ?? { missed, readAs, count: 0 };
        c.count++;
        pairs.set(key, c);
      }
    }
  }
  return {
    items: results,
    moves,
    confusions: [...pairs.values()].sort((a, b) => b.count - a.count || a.missed.localeCompare(b.missed)),
    itemAccuracy: ratio(results.filter((r) => r.correct).length, results.length) ?? 0,
    forbiddenAccuracy: ratio(judged.filter((r) => r.forbiddenOk).length, judged.length),
    forbiddenJudged: judged.length,
  };
}
