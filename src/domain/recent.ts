// Work kept for the next call with the same input: the studio checks a draft on every edit, and undo, redo
// and most edits come back to a text, or to what the reader reads, that was worked out a moment ago.

/** Frozen all the way down: a value handed out again must be the one first handed out. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The last `size` values by key: `recall(key, make)` gives back the value kept for `key` (and keeps it longest),
 * or makes, keeps and returns a new one, letting the least recently used go past `size`.
 */
export function recentValues<V>(size: number): (key: string, make: () => V) => V {
  const kept = new Map<string, V>();
  return (key, make) => {
    let value: V;
    if (kept.has(key)) {
      value = kept.get(key)!;
      kept.delete(key);
    } else value = make();
    kept.set(key, value);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return value;
  };
}
