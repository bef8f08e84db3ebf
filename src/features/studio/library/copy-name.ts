// What a duplicate is called: after the name the trainer sees (a shipped scenario's title in the UI language, an own
// one's shown name), with the copy suffix of the locale files — "… (copy)", 「…（副本）」 — and a number when that name
// is taken already ("… (copy 2)"), so copying twice never gives two scenarios one name.
import type { TFunction } from 'i18next';
import type { ShippedScenario } from './shipped.ts';

/** A shipped scenario as the library lists it: its title in `language`, else its id. */
export const shippedTitle = (s: Pick<ShippedScenario, 'id' | 'title'>, language: string): string => s.title?.[language]?.trim() || s.id;

/** "<name> (copy)", or "<name> (copy 2)", "(copy 3)"… : the first that is none of `taken`. */
export function copyName(name: string, taken: Iterable<string>, t: TFunction): string {
  const names = new Set(taken);
  let copy = t('studio.library.copyName', { name });
  for (let n = 2; names.has(copy); n++) copy = t('studio.library.copyNameNumbered', { name, n });
  return copy;
}

/**
 * `<id>-copy`, or `<id>-copy-2`…: a scenario id none of `taken` has (two copies of one scenario can both be published).
 * A copy of a copy counts on from the original's id (`x-copy` → `x-copy-2`, not `x-copy-copy`).
 */
export function copyId(id: string, taken: ReadonlySet<string>): string {
  const base = id.replace(/-copy(-\d+)?$/, '') || id;
  let copy = `${base}-copy`;
  for (let n = 2; taken.has(copy) || copy === id; n++) copy = `${base}-copy-${n}`;
  return copy;
}
