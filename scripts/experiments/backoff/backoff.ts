// Experiment (issue 12, measurement only; not wired into the app): does a small learned back-off reader — per-move
// logistic regression over character 1–3-grams (Chinese) and word uni/bigrams (English), on the reader's own folded
// text — raise item accuracy on writers it never saw, when it adds a move only where the lexicon found none?
// Run: npx tsx scripts/experiments/backoff/backoff.ts [--with-families] [--prune=0.05] [--lexicon=blind31:/dir,blind33:/dir]
// --lexicon reads a held-out set with the reader of another checkout (e.g. `git archive <commit> src` unpacked in /dir, with a
// node_modules link): the reader as it stood before it was tuned on that set, so the set is new to both readers.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLabelledSet } from '../../../src/cli/commands/eval.ts';
import { classifyReply } from '../../../src/domain/reply/classify.ts';
import { pathToFileURL } from 'node:url';
import { evaluateSet, type LabelledReply } from '../../../src/domain/reply/eval/evaluate-set.ts';
import { LABEL_MOVES, type MoveId } from '../../../src/domain/reply/moves.ts';
import { normalize } from '../../../src/domain/reply/text/normalize.ts';
import type { ReplyAnalysis } from '../../../src/domain/reply/reply.types.ts';

const dir = fileURLToPath(new URL('../../../tests/eval/', import.meta.url));
const withFamilies = process.argv.includes('--with-families');
const HELD = ['blind31', 'blind33'];
const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const lexRoots = new Map((arg('lexicon') ?? '').split(',').filter(Boolean).map((kv) => kv.split(':') as [string, string]));
const EXCLUDE = new Set(['blind31', 'blind32', 'blind33']);
const files = readdirSync(dir).filter((f) => f.endsWith('-replies.jsonl')).sort();
const name = (f: string) => f.replace('-replies.jsonl', '');
const trainFiles = files.filter((f) => !EXCLUDE.has(name(f)) && (withFamilies || !name(f).startsWith('families-')));
const train: LabelledReply[] = trainFiles.flatMap((f) => loadLabelledSet(dir + f));

// Features on the reader's folded text: runs of CJK → char 1–3-grams; runs of latin/digits → words and word bigrams.
const CJK = /[\u3400-\u9fff]+/g;
const WORD = /[a-z0-9']+/g;
function features(text: string): string[] {
  const t = normalize(text).text;
  const out = new Set<string>();
  for (const m of t.matchAll(CJK)) {
    const s = Array.from(m[0]);
    for (let i = 0; i < s.length; i++) {
      out.add(s[i] as string);
      if (i + 1 < s.length) out.add(s[i]! + s[i + 1]!);
      if (i + 2 < s.length) out.add(s[i]! + s[i + 1]! + s[i + 2]!);
    }
  }
  const words = [...t.matchAll(WORD)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`);
    if (i + 1 < words.length) out.add(`w:${words[i]} ${words[i + 1]}`);
  }
  return [...out];
}

// Vocabulary: features seen in ≥ 2 training replies.
const df = new Map<string, number>();
const trainX = train.map((i) => features(i.text));
for (const fs of trainX) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
const vocab = new Map<string, number>();
for (const [f, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= 2) vocab.set(f, vocab.size);
const vocabList = [...vocab.keys()];
const idx = (fs: string[]) => fs.map((f) => vocab.get(f)).filter((v): v is number => v !== undefined);
const trainI = trainX.map(idx);

// Per-move L2 logistic regression, SGD in fixed order (deterministic), binary presence features.
const EPOCHS = 8, LR = 0.2, L2 = 1e-4;
interface Model { w: Float64Array; b: number }
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const models = new Map<MoveId, Model>();
const t0 = performance.now();
for (const move of LABEL_MOVES) {
  const w = new Float64Array(vocab.size);
  let b = 0;
  const y = train.map((i) => (i.expect.includes(move) ? 1 : 0));
  const pos = y.reduce((a: number, v) => a + v, 0);
  if (pos < 5) continue;
  for (let e = 0; e < EPOCHS; e++) {
    const lr = LR / (1 + e);
    for (let k = 0; k < trainI.length; k++) {
      const xs = trainI[k]!;
      let z = b;
      for (const j of xs) z += w[j]!;
      const g = sigmoid(z) - y[k]!;
      for (const j of xs) w[j] = w[j]! - lr * (g + L2 * w[j]!);
      b -= lr * g;
    }
  }
  models.set(move, { w, b });
}
const trainMs = performance.now() - t0;

// Pruned model (|w| ≥ 0.05) as it would ship: its size and its scoring cost.
const PRUNE = Number(arg('prune') ?? 0.05);
const shipped: Record<string, { b: number; w: Record<string, number> }> = {};
for (const [m, { w, b }] of models) {
  const ws: Record<string, number> = {};
  w.forEach((v, j) => { if (Math.abs(v) >= PRUNE) ws[vocabList[j]!] = Math.round(v * 1000) / 1000; });
  shipped[m] = { b: Math.round(b * 1000) / 1000, w: ws };
}
const modelKB = Buffer.byteLength(JSON.stringify(shipped)) / 1024;
const shippedMaps = new Map(Object.entries(shipped).map(([m, s]) => [m as MoveId, { b: s.b, w: new Map(Object.entries(s.w)) }]));

function score(text: string): Map<MoveId, { p: number; evidence: [string, number][] }> {
  const fs = features(text);
  const out = new Map<MoveId, { p: number; evidence: [string, number][] }>();
  for (const [m, { b, w }] of shippedMaps) {
    let z = b;
    const ev: [string, number][] = [];
    for (const f of fs) { const v = w.get(f); if (v !== undefined) { z += v; if (v > 0) ev.push([f, v]); } }
    out.set(m, { p: sigmoid(z), evidence: ev });
  }
  return out;
}

const THRESHOLDS = [0.5, 0.7, 0.9];
const pct = (x: number | null) => (x === null ? '  —  ' : (x * 100).toFixed(1).padStart(5));
console.log(`train: ${trainFiles.length} sets, ${train.length} replies (${withFamilies ? 'with' : 'without'} families-*), vocab ${vocab.size}, ${models.size} move models, trained in ${(trainMs / 1000).toFixed(1)} s`);
console.log(`shipped model (|w| ≥ ${PRUNE}, JSON): ${modelKB.toFixed(0)} KB`);

for (const held of HELD) {
  const items = loadLabelledSet(`${dir}${held}-replies.jsonl`);
  const root = lexRoots.get(held);
  const classify: typeof classifyReply = root ? (await import(pathToFileURL(`${root}/src/domain/reply/classify.ts`).href)).classifyReply : classifyReply;
  const lex = new Map<LabelledReply, ReplyAnalysis>(items.map((i) => [i, classify(i.text, { locale: i.locale })]));
  const scores = new Map(items.map((i) => [i, score(i.text)]));
  // Cost: the back-off alone, per reply (features + all move models), averaged over 20 passes.
  const c0 = performance.now();
  for (let r = 0; r < 20; r++) for (const i of items) score(i.text);
  const msPer = (performance.now() - c0) / (20 * items.length);
  const l0 = performance.now();
  for (let r = 0; r < 5; r++) for (const i of items) classify(i.text, { locale: i.locale });
  const lexMs = (performance.now() - l0) / (5 * items.length);
  const base = evaluateSet(items, (i) => lex.get(i)!);
  const fps = (r: typeof base) => r.moves.reduce((a, m) => a + m.falsePositives, 0);
  console.log(`\n== ${held} (${items.length} replies; lexicon of ${root ?? 'this checkout'}) — back-off cost ${msPer.toFixed(3)} ms/reply`);
  console.log(`lexicon alone: item accuracy ${(base.itemAccuracy * 100).toFixed(1)} % (${base.items.filter((r) => r.correct).length}/${items.length}), ${fps(base)} rejected moves found; lexicon ${lexMs.toFixed(3)} ms/reply (same run)`);
  const reports = THRESHOLDS.map((t) => {
    const added = new Map<LabelledReply, MoveId[]>();
    const r = evaluateSet(items, (i) => {
      const a = lex.get(i)!;
      const add = [...scores.get(i)!].filter(([m, s]) => s.p >= t && !a.acts.includes(m)).map(([m]) => m);
      added.set(i, add);
      return { ...a, acts: [...a.acts, ...add] };
    });
    const right = r.items.filter((x) => x.correct).length, wasRight = base.items.filter((x) => x.correct).length;
    const gained = r.items.filter((x, k) => x.correct && !base.items[k]!.correct).length;
    const lost = r.items.filter((x, k) => !x.correct && base.items[k]!.correct).length;
    const nAdded = [...added.values()].reduce((a, v) => a + v.length, 0);
    console.log(`+back-off p ≥ ${t}: item accuracy ${(r.itemAccuracy * 100).toFixed(1)} % (${right}/${items.length}; ${right - wasRight >= 0 ? '+' : ''}${right - wasRight}: ${gained} gained, ${lost} lost), ${nAdded} moves added, rejected moves found ${fps(base)} → ${fps(r)}`);
    return { t, r, added };
  });
  console.log(`per move (recall %, precision % where rejected; lexicon → ${THRESHOLDS.map((t) => `p≥${t}`).join(' → ')}); moves with labels only:`);
  for (const [k, m] of base.moves.entries()) {
    if (m.truePositives + m.falseNegatives + m.falsePositives === 0) continue;
    const rec = [m, ...reports.map((x) => x.r.moves[k]!)].map((s) => pct(s.recall)).join(' →');
    const prec = [m, ...reports.map((x) => x.r.moves[k]!)].map((s) => `${pct(s.precision)}(${s.falsePositives}fp)`).join(' →');
    console.log(`  ${m.move.padEnd(20)} recall ${rec}   precision ${prec}`);
  }
  // Evidence: for the middle threshold, each added move with the n-grams that carried it.
  const mid = reports[1]!;
  console.log(`evidence at p ≥ ${mid.t} (first 12 added moves; ✓ expected, ✗ rejected, · unlabelled):`);
  let shown = 0;
  for (const i of items) {
    for (const m of mid.added.get(i)!) {
      if (shown++ >= 12) break;
      const s = scores.get(i)!.get(m)!;
      const top = s.evidence.sort((a, b) => b[1] - a[1]).slice(0, 4).map(([f, v]) => `${f.replace(/^w:/, '')}(${v.toFixed(2)})`).join(' ');
      const mark = i.expect.includes(m) ? '✓' : i.reject.includes(m) ? '✗' : '·';
      console.log(`  ${mark} ${i.id} +${m} p=${s.p.toFixed(2)} by ${top} | ${i.text.slice(0, 50)}`);
    }
  }
}
