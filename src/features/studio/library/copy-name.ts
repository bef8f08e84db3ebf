// What a duplicate is called: after the name the trainer sees (a shipped scenario's title in the UI language, an own
// one's shown name), with the copy suffix of the locale files — "… (copy)", 「…（副本）」 — and a number when that name
// is taken already ("… (copy 2)"), so copying twice never gives two scenarios one name.
import type { TFunction } from 'i18next';
import type { ShippedScenario } from './shipped.ts';

/** A shipped scenario as the library lists it: its title in `language`, else its id. */
export const shippedTitle = (s: Pick<ShippedScenario, 'id' | 'title'>, language: string): string => s.title?.[language]?.trim() || s.id;

/** "<name> (copy)" (no `n`), or "<name> (copy n)", in the language of `t`. */
export function nameAsCopy(name: string, n: number | undefined, t: TFunction): string {
  return n === undefined ? t('studio.library.copyName', { name }) : t('studio.library.copyNameNumbered', { name, n });
}

/** Which copy this is: none for "<name> (copy)", else the first number n for which "<name> (copy n)" is none of `taken`. */
export function copyNumber(name: string, taken: Iterable<string>, t: TFunction): number | undefined {
  const names = new Set(taken);
  if (!names.has(nameAsCopy(name, undefined, t))) return undefined;
  let n = 2;
  while (names.has(nameAsCopy(name, n, t))) n++;
  return n;
}

/** "<name> (copy)", or "<name> (copy 2)", "(copy 3)"… : the first that is none of `taken`. */
export function copyName(name: string, taken: Iterable<string>, t: TFunction): string {
  return nameAsCopy(name, copyNumber(name, taken, t), t);
}

/**
 * The copy's own titles (its JSON's `title`, which the trainee's library shows): in the UI language the name the copy
 * was given, in each other language that language's title with the same suffix in that language ("…（副本 2）"), so the
 * JSON never keeps the original's title while the studio's list says "… (copy)".
 */
export function copyRetitler(name: string, n: number | undefined, language: string, tFor: (language: string) => TFunction): (title: string, titleLanguage: string) => string {
  return (title, titleLanguage) => (titleLanguage === language ? name : nameAsCopy(title, n, tFor(titleLanguage)));
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
