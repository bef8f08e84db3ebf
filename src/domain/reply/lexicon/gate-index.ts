// The gate index: which alternatives a reply opens (see gate.ts for what a gate is).
import { GRAMS, type Gate } from './gate.ts';
import type { Language } from './lexicon.types.ts';

// Keys are hashed to 2^16 slots; each clause is filed under the slots of its keys, each alternative
// under its clauses (an inverted index). Stamping a reply's keys counts, per alternative, the clauses
// it satisfies, and lists the alternatives whose every clause holds: the cost grows with the reply and
// what it opens, not with the lexicon. Stamps carry a per-reply generation, so nothing is cleared
// between replies. A hash collision can only open an alternative — its regex then runs and decides.

const SLOTS_LOG2 = 16;
// Filled up front: a sparse array would fall back to slow dictionary elements.
const bySlot: (number[] | undefined)[] = new Array<number[] | undefined>(1 << SLOTS_LOG2).fill(undefined);
/** Per slot: the stamp that last visited it (a run-on repeats its keys; each slot's clauses are counted once). */
const slotStamps: Int32Array = new Int32Array(1 << SLOTS_LOG2);
/** clause id → the alternative it belongs to. */
let clauseAlt: Int32Array = new Int32Array(1024);
let clauseStamps: Int32Array = new Int32Array(1024);
let clauseCount = 0;
/** Per alternative: how many clauses it has, and how many the stamped reply satisfies. */
let needed: Int32Array = new Int32Array(1024);
let satisfied: Int32Array = new Int32Array(1024);
let satisfiedStamps: Int32Array = new Int32Array(1024);
/** Alternatives with no gate: open for every reply. */
const ungated: number[] = [];
let alternatives = 0;
let generation = 0;
/** The alternatives the current stamp opens: the first `openCount`, in ascending id order. */
let opened: Int32Array = new Int32Array(256);
let openCount = 0;

const mix = (h: number, n: number): number => Math.imul(h ^ n, 0x9e3779b1) >>> (32 - SLOTS_LOG2);

function hashKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return mix(h, key.length);
}

const grow = (a: Int32Array, size: number): Int32Array => {
  if (size <= a.length) return a;
  const grown = new Int32Array(Math.max(size, a.length * 2));
  grown.set(a);
  return grown;
};

/**
 * Registers an alternative under its gate; returns its id. Ids are consecutive, so one pattern's
 * alternatives form a range. Any stamp taken before is invalidated, so it can never be missed.
 */
export function registerAlternative(gate: Gate): number {
  const id = alternatives++;
  needed = grow(needed, alternatives);
  satisfied = grow(satisfied, alternatives);
  satisfiedStamps = grow(satisfiedStamps, alternatives);
  needed[id] = gate?.length ?? 0;
  if (!gate) ungated.push(id);
  for (const keys of gate ?? []) {
    const clause = clauseCount++;
    clauseAlt = grow(clauseAlt, clauseCount);
    clauseStamps = grow(clauseStamps, clauseCount);
    clauseAlt[clause] = id;
    for (const slot of new Set(keys.map(hashKey))) (bySlot[slot] ??= []).push(clause);
  }
  generation = (generation + 1) | 0 || 1;
  return id;
}

/**
 * Stamps the keys present in a folded reply — every character, and every run of n characters for each
 * language's n — and lists the alternatives they open; returns the stamp. Valid until the next call.
 */
export function stampKeys(text: string, languages: readonly Language[]): number {
  const g = (generation = (generation + 1) | 0 || 1);
  openCount = 0;
  for (const alt of ungated) addOpen(alt);
  // Key lengths wanted (bit n set: runs of n), the same hash as hashKey, rolled forward per start.
  let lengths = 1 << 1;
  let longest = 1;
  for (const language of languages) {
    for (const n of GRAMS[language]) {
      lengths |= 1 << n;
      longest = Math.max(longest, n);
    }
  }
  for (let i = 0; i < text.length; i++) {
    let h = 0;
    const stop = Math.min(longest, text.length - i);
    for (let n = 1; n <= stop; n++) {
      h = (Math.imul(h, 31) + text.charCodeAt(i + n - 1)) | 0;
      if ((lengths & (1 << n)) === 0) continue;
      const slot = mix(h, n);
      if (slotStamps[slot] === g) continue;
      slotStamps[slot] = g;
      const clauses = bySlot[slot];
      if (clauses === undefined) continue;
      for (let k = 0; k < clauses.length; k++) {
        const clause = clauses[k] as number;
        if (clauseStamps[clause] === g) continue;
        clauseStamps[clause] = g;
        const alt = clauseAlt[clause] as number;
        const count = satisfiedStamps[alt] === g ? (satisfied[alt] as number) + 1 : 1;
        satisfiedStamps[alt] = g;
        satisfied[alt] = count;
        if (count === needed[alt]) addOpen(alt);
      }
    }
  }
  return g;
}

/** Inserts into the sorted open list (a few dozen per reply: insertion beats sorting afterwards). */
function addOpen(alt: number): void {
  if (openCount === opened.length) opened = grow(opened, openCount + 1);
  let i = openCount++;
  while (i > 0 && (opened[i - 1] as number) > alt) {
    opened[i] = opened[i - 1] as number;
    i--;
  }
  opened[i] = alt;
}

/** True while nothing has been stamped or registered since `stamp` was taken. */
export const stampCurrent = (stamp: number): boolean => stamp === generation;

/** Calls `each` with the ids in [from, to) that the current stamp opens, ascending. */
export function eachOpened(from: number, to: number, each: (id: number) => void): void {
  for (let i = lowerBound(from); i < openCount; i++) {
    const id = opened[i] as number;
    if (id >= to) return;
    each(id);
  }
}

function lowerBound(value: number): number {
  let lo = 0;
  let hi = openCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((opened[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
