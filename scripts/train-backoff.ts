// Trains the reader's learned back-off (src/domain/reply/backoff/README.md) and writes src/domain/reply/backoff/model.json.
// Deterministic: files in name order, SGD in a fixed order, no randomness, weights rounded — the same inputs give the same bytes.
//   npm run train-backoff              train on every tests/eval/*-replies.jsonl and write the model (thresholds as below)
//   npm run train-backoff -- --cv      leave-one-writer-out cross-validation over the blind*/harm25 sets: per-threshold
//                                      numbers that the thresholds below were chosen from (prints; writes nothing)
// It never reads tests/eval/sealed, /work/blind* or /work/relabel*, and refuses any set on its JUDGE list: those judge the
// model after it is frozen, so they must never train it or choose its thresholds.
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadLabelledSet } from '../src/cli/commands/eval.ts';
import { compileBackoff, type BackoffModel } from '../src/domain/reply/backoff/backoff.ts';
import { extractFeatures } from '../src/domain/reply/backoff/features.ts';
import { MOVE_FILES } from '../src/domain/reply/data/lexicon/index.ts';
import { classifyReply } from '../src/domain/reply/classify.ts';
import { evaluateSet, type LabelledReply } from '../src/domain/reply/eval/evaluate-set.ts';
import { LABEL_MOVES, type MoveId } from '../src/domain/reply/moves.ts';
import type { ReplyAnalysis } from '../src/domain/reply/reply.types.ts';
import { normalize } from '../src/domain/reply/text/normalize.ts';

/** Fresh sets written to judge the frozen model: the trainer refuses them outright. */
export const JUDGE = ['blind36', 'blind37', 'blind38'] as const;

/**
 * Per-move thresholds, chosen by `--cv` (backoff/README.md has the numbers): for each move the lowest threshold of
 * 0.6…0.95 at which, added alone, it gained items and lost none across the folds and was never added where an item
 * rejects it; for a harmful move (a wrong flag costs the trainee points) and for escalate and overpromise, no lower
 * than 0.8. (0.5 is not offered: at 0.5 the model trained on everything lost items on the sets it was trained on.)
 * A move with no such threshold (greet, thank, apologize, acknowledge, ask_open, ask_closed, ask_preference — the
 * question moves gain nothing once learned questions must be real ones of no other kind —, escalate, argue,
 * dismiss_emotion, vague, overpromise) is never added by the back-off, and is not shipped. Nor are four the CV would take, for what
 * they do where the reader is tested beyond the labelled sets:
 * - propose_solution (0.6) let a facts-first drill (tests/transcripts t30-03) score like good handling;
 * - commit_followup (0.6) cost three good drills (p15r-18, p15x-11, t31-11) at every difficulty — its words were mostly
 *   times ("pm", "tomorrow");
 * - empathize (0.7) read two documented near-misses as empathy ("I can see on the system that you reported it three
 *   times", 我知道你生气也没有用);
 * - blame_colleague (0.8) read the trainee's own introduction (我是前台的小王) as blaming a colleague and cost a good drill (t18-18).
 */
export const THRESHOLDS: Partial<Record<MoveId, number>> = {
  paraphrase: 0.6,
  take_ownership: 0.6,
  move_private: 0.6,
  blame_customer: 0.8,
  refuse: 0.8,
  rush: 0.8,
  premature_liability: 0.8,
  cite_policy: 0.9,
  lecture: 0.9,
  deflect: 0.95,
};

const EVAL_DIR = fileURLToPath(new URL('../tests/eval/', import.meta.url));
const MODEL_FILE = fileURLToPath(new URL('../src/domain/reply/backoff/model.json', import.meta.url));
const EPOCHS = 8;
const LR = 0.2;
const L2 = 1e-4;
const MIN_DF = 2;
const MIN_POSITIVES = 5;
/** Per-move shortlist: the strongest features for and against the move, retrained alone. */
const KEEP_POS = 160;
const KEEP_NEG = 40;
const SCALE = 100;

/** The set name of a labelled file (blind31-replies.jsonl → blind31). */
export const setName = (file: string): string => file.replace(/^.*\//, '').replace(/-replies\.jsonl$/, '');

/** The training files among `files`; throws if any is a judge set (they must never train the model). */
export function trainingFiles(files: readonly string[]): string[] {
  const judged = files.filter((f) => (JUDGE as readonly string[]).includes(setName(f)));
  if (judged.length > 0) throw new Error(`train-backoff: refusing judge set(s) ${judged.map(setName).join(', ')} — they judge the frozen model and must never train it`);
  return files.filter((f) => f.endsWith('-replies.jsonl')).sort();
}

interface Example {
  keys: string[];
  expect: readonly MoveId[];
  /** A lexicon near-miss: a negative for this move only (unlabelled for the others). */
  only?: MoveId;
}

/**
 * The lexicon's documented near-misses (data/lexicon: each entry's counterexamples, and the replies an `except` entry
 * vetoes): replies the README says must NOT read as the move. The back-off learns them as negatives for that move, so
 * it does not undo, by learning, what the lexicon's authors decided on purpose.
 */
export function nearMisses(): { text: string; move: MoveId }[] {
  const out: { text: string; move: MoveId }[] = [];
  for (const file of MOVE_FILES) {
    for (const e of file.entries) {
      for (const c of e.counterexamples ?? []) out.push({ text: c, move: file.move });
      if (e.role === 'except') for (const c of e.examples) out.push({ text: c, move: file.move });
    }
  }
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Binary logistic regression by SGD over examples' feature indices, in order. */
function fit(xs: number[][], y: number[], size: number): { w: Float64Array; b: number } {
  const w = new Float64Array(size);
  let b = 0;
  for (let e = 0; e < EPOCHS; e++) {
    const lr = LR / (1 + e);
    for (let k = 0; k < xs.length; k++) {
      const x = xs[k] as number[];
      let z = b;
      for (const j of x) z += w[j] as number;
      const g = sigmoid(z) - (y[k] as number);
      for (const j of x) w[j] = (w[j] as number) - lr * (g + L2 * (w[j] as number));
      b -= lr * g;
    }
  }
  return { w, b };
}

/** Trains the per-move models on labelled replies, for `only` these moves (thresholds left null: the caller sets them). */
export function train(items: readonly LabelledReply[], trainedOn: string[], only: readonly MoveId[] = LABEL_MOVES, near: readonly { text: string; move: MoveId }[] = nearMisses()): BackoffModel {
  const keysOf = (text: string) => extractFeatures(normalize(text).text).map((f) => f.key);
  const examples: Example[] = [...items.map((i) => ({ keys: keysOf(i.text), expect: i.expect })), ...near.map((n) => ({ keys: keysOf(n.text), expect: [], only: n.move }))];
  const df = new Map<string, number>();
  for (const ex of examples) for (const k of ex.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= MIN_DF).map(([k]) => k).sort();
  const index = new Map(vocab.map((k, i) => [k, i]));
  const xs = examples.map((ex) => ex.keys.map((k) => index.get(k)).filter((j): j is number => j !== undefined));
  const moves: MoveId[] = [];
  const bias: number[] = [];
  const features = new Map<string, number[]>();
  for (const move of only) {
    // This move's examples: every labelled reply, and the near-misses of this move (not of the others).
    const mine = examples.map((_ex, k) => k).filter((k) => examples[k]!.only === undefined || examples[k]!.only === move);
    const y = mine.map((k) => (examples[k]!.expect.includes(move) ? 1 : 0));
    const xm = mine.map((k) => xs[k] as number[]);
    if (y.reduce((a: number, v) => a + v, 0) < MIN_POSITIVES) continue;
    const full = fit(xm, y, vocab.length);
    // Shortlist: strongest positive and negative weights (ties by feature name, so the cut is deterministic).
    const ranked = [...full.w.keys()].sort((a, b) => (full.w[b] as number) - (full.w[a] as number) || (vocab[a] as string).localeCompare(vocab[b] as string));
    const pos = ranked.slice(0, KEEP_POS).filter((j) => (full.w[j] as number) > 0);
    const neg = ranked.slice(-KEEP_NEG).filter((j) => (full.w[j] as number) < 0);
    const keep = [...new Set([...pos, ...neg])].sort((a, b) => a - b);
    const local = new Map(keep.map((j, i) => [j, i]));
    const small = fit(xm.map((x) => x.map((j) => local.get(j)).filter((j): j is number => j !== undefined)), y, keep.length);
    const m = moves.length;
    moves.push(move);
    bias.push(Math.round(small.b * SCALE));
    keep.forEach((j, i) => {
      const w = Math.round((small.w[i] as number) * SCALE);
      if (w === 0) return;
      const key = vocab[j] as string;
      const pairs = features.get(key) ?? [];
      pairs.push(m, w);
      features.set(key, pairs);
    });
  }
  return {
    about: {
      trainer: 'scripts/train-backoff.ts (npm run train-backoff)',
      trainedOn,
      replies: items.length,
      nearMisses: near.length,
      judgeSetsRefused: [...JUDGE],
      note: 'Every set in trainedOn is no longer an honest test of this model; judge it on a set written after it was frozen.',
    },
    moves,
    bias,
    thresholds: moves.map(() => null),
    scale: SCALE,
    features: Object.fromEntries([...features].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
  };
}

/** The model file's text: one feature per line, so a retrain's diff is readable. */
export function serialise(model: BackoffModel): string {
  const { features, ...head } = model;
  const lines = Object.entries(features).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `${JSON.stringify(head).slice(0, -1)},"features":{\n${lines.join(',\n')}\n}}\n`;
}

const loadFiles = (files: readonly string[]) => files.map((f) => ({ name: setName(f), items: loadLabelledSet(EVAL_DIR + f) }));

/** Leave one writer out: each blind-N and harm25 set read by a model trained on all the others. */
function crossValidate(sets: { name: string; items: LabelledReply[] }[]): void {
  const folds = sets.filter((s) => /^blind\d+$|^harm25$/.test(s.name));
  const T = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
  // Per move and threshold: items gained and lost with that move alone added, and added moves the items expect / reject.
  type Cell = { gained: number; lost: number; right: number; rejected: number };
  const cell = new Map<string, Cell>();
  const at = (m: string, t: number) => cell.get(`${m}@${t}`) ?? (cell.set(`${m}@${t}`, { gained: 0, lost: 0, right: 0, rejected: 0 }), cell.get(`${m}@${t}`)!);
  const adds: { fold: string; item: LabelledReply; base: ReplyAnalysis; added: { move: MoveId; p: number }[] }[] = [];
  for (const fold of folds) {
    const rest = sets.filter((s) => s !== fold);
    const model = compileBackoff(train(rest.flatMap((s) => s.items), rest.map((s) => s.name)));
    const all = model.moves.map(() => 0.5);
    for (const item of fold.items) {
      const base = classifyReply(item.text, { locale: item.locale, backoff: false });
      const added: { move: MoveId; p: number }[] = [];
      classifyReply(item.text, { locale: item.locale, backoff: { model, thresholds: all, onAdded: (move, p) => added.push({ move, p }) } });
      adds.push({ fold: fold.name, item, base, added });
    }
    process.stderr.write(`fold ${fold.name} done\n`);
  }
  const correct = (item: LabelledReply, a: ReplyAnalysis) => evaluateSet([item], () => a).items[0]!.correct;
  const withMoves = (a: ReplyAnalysis, ms: MoveId[]): ReplyAnalysis => ({ ...a, acts: [...new Set([...a.acts, ...ms])] });
  let baseRight = 0;
  const globalRight = new Map(T.map((t) => [t, { right: 0, gained: 0, lost: 0 }]));
  for (const { item, base, added } of adds) {
    const b = correct(item, base);
    if (b) baseRight++;
    for (const t of T) {
      const ms = added.filter((x) => x.p >= t).map((x) => x.move);
      const c = ms.length ? correct(item, withMoves(base, ms)) : b;
      const g = globalRight.get(t)!;
      if (c) g.right++;
      if (c && !b) g.gained++;
      if (!c && b) g.lost++;
      for (const x of added.filter((x) => x.p >= t)) {
        const k = at(x.move, t);
        const one = correct(item, withMoves(base, [x.move]));
        if (one && !b) k.gained++;
        if (!one && b) k.lost++;
        if (item.expect.includes(x.move)) k.right++;
        if (item.reject.includes(x.move)) k.rejected++;
      }
    }
  }
  console.log(`CV: ${folds.length} folds (${folds.map((f) => f.name).join(' ')}), ${adds.length} items; lexicon alone ${baseRight}`);
  for (const t of T) {
    const g = globalRight.get(t)!;
    console.log(`  one threshold p ≥ ${t}: ${g.right} right (+${g.gained} gained, −${g.lost} lost)`);
  }
  {
    let right = 0, gained = 0, lost = 0, rejected = 0, added = 0;
    for (const { item, base, added: a } of adds) {
      const ms = a.filter((x) => THRESHOLDS[x.move] !== undefined && x.p >= THRESHOLDS[x.move]!).map((x) => x.move);
      const b = correct(item, base);
      const c = ms.length ? correct(item, withMoves(base, ms)) : b;
      right += c ? 1 : 0; gained += c && !b ? 1 : 0; lost += !c && b ? 1 : 0;
      added += ms.length; rejected += ms.filter((m) => item.reject.includes(m)).length;
    }
    console.log(`  chosen per-move thresholds: ${right} right (+${gained} gained, −${lost} lost), ${added} moves added, ${rejected} of them where the item rejects the move`);
    const perFold = folds.map((f) => {
      const mine = adds.filter((x) => x.fold === f.name);
      const b = mine.filter((x) => correct(x.item, x.base)).length;
      const a = mine.filter((x) => correct(x.item, withMoves(x.base, x.added.filter((y) => THRESHOLDS[y.move] !== undefined && y.p >= THRESHOLDS[y.move]!).map((y) => y.move)))).length;
      return `${f.name} ${b}→${a}`;
    });
    console.log(`  per fold (lexicon → with back-off, items right): ${perFold.join(', ')}`);
  }
  console.log('per move (gained/lost items, added where expected/where rejected), by threshold ' + T.join(' '));
  for (const m of LABEL_MOVES) {
    const row = T.map((t) => {
      const k = cell.get(`${m}@${t}`);
      return k ? `${k.gained}/${k.lost} ${k.right}✓${k.rejected}✗` : '·';
    });
    if (row.every((r) => r === '·')) continue;
    console.log(`  ${m.padEnd(20)} ${row.map((r) => r.padEnd(14)).join(' ')}`);
  }
}

function main(): void {
  const files = trainingFiles(readdirSync(EVAL_DIR));
  const sets = loadFiles(files);
  if (process.argv.includes('--cv')) return crossValidate(sets);
  // Only the moves the back-off may add are shipped (the others would be weight that never speaks).
  const model = train(sets.flatMap((s) => s.items), sets.map((s) => s.name), LABEL_MOVES.filter((m) => THRESHOLDS[m] !== undefined));
  model.thresholds = model.moves.map((m) => THRESHOLDS[m] ?? null);
  const text = serialise(model);
  writeFileSync(MODEL_FILE, text);
  console.log(`wrote ${MODEL_FILE}: ${model.moves.length} moves, ${Object.keys(model.features).length} features, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, from ${sets.length} sets (${model.about.replies} replies)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
