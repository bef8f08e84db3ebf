// The learned back-off (backoff/README.md): per-move logistic regression over the features of features.ts, trained by
// scripts/train-backoff.ts on the labelled replies. It only ever ADDS a move the lexicon and rules did not find, at
// p ≥ the move's threshold, and only with at least one span of the trainee's own words that earned it.
import type { MoveId } from '../moves.ts';
import type { Feature } from './features.ts';

/** The model file as the trainer writes it (model.json). */
export interface BackoffModel {
  /** What wrote it and from what (the sets it trained on are no longer honest tests of it). */
  about: { trainer: string; trainedOn: string[]; replies: number; nearMisses?: number; judgeSetsRefused: string[]; note: string };
  /** The moves modelled, in the order the weight pairs refer to. */
  moves: MoveId[];
  /** Intercept per move, ×scale. */
  bias: number[];
  /** Threshold per move (same order); null = the back-off never adds this move. */
  thresholds: (number | null)[];
  /** Integer weights are real weights × scale. */
  scale: number;
  /** feature → flattened pairs [moveIndex, weight×scale, moveIndex, weight×scale, …]. */
  features: Record<string, number[]>;
}

/** A compiled model: one lookup per feature gives every move's weight. */
export interface CompiledBackoff {
  moves: readonly MoveId[];
  bias: Float64Array;
  thresholds: readonly (number | null)[];
  /** feature → pairs [moveIndex, weight×scale, …]. */
  pairs: Map<string, Int32Array>;
  scale: number;
}

export function compileBackoff(model: BackoffModel): CompiledBackoff {
  const pairs = new Map<string, Int32Array>();
  for (const key of Object.keys(model.features)) {
    const flat = model.features[key] as number[];
    pairs.set(key, Int32Array.from(flat));
  }
  return { moves: model.moves, bias: Float64Array.from(model.bias.map((b) => b / model.scale)), thresholds: model.thresholds, pairs, scale: model.scale };
}

/** One move's probability and the features that pushed it up, strongest first. */
export interface MoveScore {
  move: MoveId;
  p: number;
  /** Features with a positive weight for this move that fired, strongest first. */
  support: (Feature & { weight: number })[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

const isHan = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;
const WORD = /[a-z][a-z']*/g;

/**
 * Calls `visit` with every candidate feature of a folded text and its folded span: each 2- and 3-character run of
 * Chinese, each English word and each pair of words across a space — the same tokens as `extractFeatures`, without its
 * filters (a function-word-only n-gram or stopword is never in a model, so it simply finds nothing). The reader's hot path.
 */
function forEachToken(folded: string, visit: (key: string, start: number, end: number) => void): void {
  const n = folded.length;
  for (let i = 0; i + 1 < n; i++) {
    if (!isHan(folded.charCodeAt(i)) || !isHan(folded.charCodeAt(i + 1))) continue;
    visit(folded.slice(i, i + 2), i, i + 2);
    if (i + 2 < n && isHan(folded.charCodeAt(i + 2))) visit(folded.slice(i, i + 3), i, i + 3);
  }
  if (!/[a-z]/.test(folded)) return;
  let prev = '';
  let prevStart = -1;
  let prevEnd = -1;
  for (const m of folded.matchAll(WORD)) {
    let w = m[0];
    if (w.charCodeAt(w.length - 1) === 39) w = w.replace(/'+$/, '');
    if (w.length === 0) continue;
    const start = m.index ?? 0;
    const end = start + w.length;
    visit(w, start, end);
    if (prevEnd >= 0 && start > prevEnd && onlySpaces(folded, prevEnd, start)) visit(`${prev} ${w}`, prevStart, end);
    prev = w;
    prevStart = start;
    prevEnd = end;
  }
}

/** Only spaces between `from` and `to` (a word pair never spans a comma or a full stop). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Every modelled move's score on a folded text (the trainer's cross-validation uses this very path). With `sentences`
 * (folded spans), each sentence is scored on its own words and a move takes its best sentence: a move is an act in a
 * sentence, so a long reply's scattered words (a time here, a name there) never add up to one.
 */
export function scoreAll(
  model: CompiledBackoff,
  folded: string,
  sentences?: readonly { start: number; end: number }[],
  /** Which moves to list the supporting words of (all with p ≥ 0.5 when not given). */
  want: (move: MoveId, index: number, p: number) => boolean = (_m, _i, p) => p >= 0.5,
): MoveScore[] {
  const groups = sentences && sentences.length > 1 ? sentences : [{ start: 0, end: Number.POSITIVE_INFINITY }];
  const n = model.moves.length;
  const z = new Float64Array(groups.length * n);
  for (let g = 0; g < groups.length; g++) z.set(model.bias, g * n);
  const fired: { f: Feature; g: number; pairs: Int32Array }[] = [];
  const seen = new Set<string>();
  forEachToken(folded, (key, start, end) => {
    const p = model.pairs.get(key);
    if (p === undefined || seen.has(key)) return;
    seen.add(key);
    let g = 0;
    while (g < groups.length - 1 && start >= (groups[g] as { end: number }).end) g++;
    fired.push({ f: { key, start, end }, g, pairs: p });
    for (let i = 0; i < p.length; i += 2) {
      const k = g * n + (p[i] as number);
      z[k] = (z[k] as number) + (p[i + 1] as number) / model.scale;
    }
  });
  return model.moves.map((move, m) => {
    let best = 0;
    for (let g = 1; g < groups.length; g++) if ((z[g * n + m] as number) > (z[best * n + m] as number)) best = g;
    const p = sigmoid(z[best * n + m] as number);
    const support: MoveScore['support'] = [];
    if (want(move, m, p)) {
      for (const { f, g, pairs } of fired) {
        if (g !== best) continue;
        for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === m && (pairs[i + 1] as number) > 0) support.push({ ...f, weight: (pairs[i + 1] as number) / model.scale });
      }
      support.sort((a, b) => b.weight - a.weight || a.start - b.start);
    }
    return { move, p, support };
  });
}

/**
 * The moves the back-off would add to a folded text: modelled, with a threshold, not already found, p ≥ threshold.
 * `thresholds` overrides the model's (cross-validation tries several).
 */
export function backoffCandidates(
  model: CompiledBackoff,
  folded: string,
  found: ReadonlySet<MoveId>,
  thresholds: readonly (number | null)[] = model.thresholds,
  sentences?: readonly { start: number; end: number }[],
): MoveScore[] {
  // Cheap exit: nothing to add if every move with a threshold is already found.
  if (model.moves.every((m, i) => thresholds[i] == null || found.has(m))) return [];
  const wanted = (move: MoveId, i: number, p: number) => {
    const t = thresholds[i];
    return t != null && !found.has(move) && p >= t;
  };
  return scoreAll(model, folded, sentences, wanted).filter((s, i) => wanted(s.move, i, s.p));
}
