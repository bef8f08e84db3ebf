// The learned back-off (backoff/README.md): per-move logistic regression over the features of features.ts, trained by
// scripts/train-backoff.ts on the labelled replies. It only ever ADDS a move the lexicon and rules did not find, at
// p ≥ the move's threshold, and only with at least one span of the trainee's own words that earned it.
import type { MoveId } from '../moves.ts';
import { extractFeatures, type Feature } from './features.ts';

/** The model file as the trainer writes it (model.json). */
export interface BackoffModel {
  /** What wrote it and from what (the sets it trained on are no longer honest tests of it). */
  about: { trainer: string; trainedOn: string[]; replies: number; judgeSetsRefused: string[]; note: string };
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

/** Every modelled move's score on a folded text (the trainer's cross-validation uses this very path). */
export function scoreAll(model: CompiledBackoff, folded: string, features: Feature[] = extractFeatures(folded)): MoveScore[] {
  const z = Float64Array.from(model.bias);
  const fired: { f: Feature; pairs: Int32Array }[] = [];
  for (const f of features) {
    const p = model.pairs.get(f.key);
    if (p === undefined) continue;
    fired.push({ f, pairs: p });
    for (let i = 0; i < p.length; i += 2) z[p[i] as number] += (p[i + 1] as number) / model.scale;
  }
  return model.moves.map((move, m) => {
    const support: MoveScore['support'] = [];
    if (sigmoid(z[m] as number) >= 0.5) {
      for (const { f, pairs } of fired) {
        for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === m && (pairs[i + 1] as number) > 0) support.push({ ...f, weight: (pairs[i + 1] as number) / model.scale });
      }
      support.sort((a, b) => b.weight - a.weight || a.start - b.start);
    }
    return { move, p: sigmoid(z[m] as number), support };
  });
}

/**
 * The moves the back-off would add to a folded text: modelled, with a threshold, not already found, p ≥ threshold.
 * `thresholds` overrides the model's (cross-validation tries several).
 */
export function backoffCandidates(model: CompiledBackoff, folded: string, found: ReadonlySet<MoveId>, thresholds: readonly (number | null)[] = model.thresholds): MoveScore[] {
  // Cheap exit: nothing to add if every move with a threshold is already found.
  if (model.moves.every((m, i) => thresholds[i] == null || found.has(m))) return [];
  return scoreAll(model, folded).filter((s, i) => {
    const t = thresholds[i];
    return t != null && !found.has(s.move) && s.p >= t;
  });
}
