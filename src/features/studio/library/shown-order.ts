// The studio library's order: by the name each entry shows in the UI language, as that language sorts it
// (Intl.Collator: English alphabetically whatever the case, Traditional Chinese by stroke count, Simplified by
// pinyin), not by the stored name or the file's id. Ties keep the order they came in (stable).

/** `items` in the order of `shown(item)` under the UI language's collation; equal names keep their order. */
export function inShownOrder<T>(items: readonly T[], shown: (item: T) => string, language: string): T[] {
  const collator = new Intl.Collator(language);
  return items
    .map((item, index) => ({ item, index, name: shown(item) }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.index - b.index)
    .map(({ item }) => item);
}
